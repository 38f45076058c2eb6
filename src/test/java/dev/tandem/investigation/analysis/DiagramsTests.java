package dev.tandem.investigation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The diagrams fit a phone: one 360-unit column, text wrapped inside its boxes and escaped. */
class DiagramsTests {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    @Test
    void textIsWrappedBetweenWordsAndAWordLongerThanALineIsBroken() {
        assertThat(Diagrams.wrap("The hydraulic accumulator lost its precharge", 20))
                .containsExactly("The hydraulic", "accumulator lost its", "precharge");
        assertThat(Diagrams.wrap("Überdruckventilprüfung", 10)).containsExactly("Überdruckv", "entilprüfu", "ng");
        assertThat(Diagrams.wrap("", 10)).containsExactly("");
    }

    @Test
    void everyDiagramIsOneColumnAPhoneReadsWithItsTextEscaped() {
        var whys = Diagrams.whys("Pump <P-101> tripped & stopped", List.of("Low suction", "Strainer blocked"), "why?");
        var fishbone = Diagrams.fishbone(
                "Pump tripped", List.of("Machine", "Method"), Map.of("Machine", List.of("Worn impeller")));
        var chart = Diagrams.chart(new Diagrams.Node(
                "Pump tripped",
                true,
                List.of(new Diagrams.Node(
                        "Strainer blocked",
                        false,
                        List.of(new Diagrams.Node("No strainer cleaning in the plan", true, List.of()))))));

        for (var svg : List.of(whys, fishbone, chart)) {
            var box = VIEW_BOX.matcher(svg);
            assertThat(box.find()).isTrue();
            assertThat(Integer.parseInt(box.group(1))).isLessThanOrEqualTo(362);
            assertThat(svg).doesNotContain("<P-101>").doesNotContain("style=");
        }
        assertThat(whys).contains("Pump &lt;P-101&gt; tripped &amp; stopped", "why?");
        assertThat(fishbone).contains("Worn impeller", "Method");
        assertThat(chart).contains("? Strainer blocked", "No strainer cleaning").doesNotContain("? No strainer");
    }
}
