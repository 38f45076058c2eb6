package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's checks without regular expressions let through exactly what its default expressions let through. */
class FirewallTextTests {

    /** Spring Security's default expressions of StrictHttpFirewall, for names and for a header's values. */
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private static final Pattern HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCharacterIsJudgedAsByTheDefaultExpressions() {
        int allowed = 0;
        var judgedOtherwise = new ArrayList<String>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            var text = "a" + Character.toString(c) + "b";
            if (FirewallText.name(text) != NAMES.matcher(text).matches()) {
                judgedOtherwise.add("U+%04X in a name".formatted(c));
            }
            if (FirewallText.headerValue(text) != HEADER_VALUES.matcher(text).matches()) {
                judgedOtherwise.add("U+%04X in a header's value".formatted(c));
            }
            allowed += FirewallText.name(text) ? 1 : 0;
        }
        assertThat(judgedOtherwise).isEmpty();
        assertThat(allowed).isGreaterThan(100_000).isLessThan(Character.MAX_CODE_POINT);
    }

    @Test
    void textsAsRequestsSendThem() {
        var texts = new ArrayList<>(List.of(
                "",
                "Authorization",
                "Bearer tdm_abc-DEF_123",
                "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
                "ru-RU,ru;q=0.9,en;q=0.8",
                "Работа на высоте",
                "a\tb",
                "a\nb",
                "a\rb",
                "a\u0000b",
                "a\u007Fb",
                "a\u0085b",
                "a\u0378b",
                "a😀b",
                "a\uD83Db",
                "a\uDE00b",
                "\uDE00\uD83D"));
        for (var text : texts) {
            assertThat(FirewallText.name(text))
                    .as(text)
                    .isEqualTo(NAMES.matcher(text).matches());
            assertThat(FirewallText.headerValue(text))
                    .as(text)
                    .isEqualTo(HEADER_VALUES.matcher(text).matches());
        }
        assertThat(FirewallText.headerValue("a\tb")).isTrue();
        assertThat(FirewallText.name("a\tb")).isFalse();
        assertThat(FirewallText.headerValue("a\nb")).isFalse();
    }
}
