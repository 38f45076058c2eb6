package dev.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shared.InvalidRequestException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** Conditions as a spreadsheet's author writes them, translated to JSON Logic and back. */
class ConditionExpressionsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "${a} = 'no'|{\"==\":[{\"var\":\"a\"},\"no\"]}",
                "${a} = 'no' and ${c} > 5|{\"and\":[{\"==\":[{\"var\":\"a\"},\"no\"]},{\">\":[{\"var\":\"c\"},5]}]}",
                "${a} != 'yes' or ${c} <= -2.5|{\"or\":[{\"!=\":[{\"var\":\"a\"},\"yes\"]},{\"<=\":[{\"var\":\"c\"},-2.5]}]}",
                "(${a} = 'no' or ${b} = 'no') and ${c} >= 1|"
                        + "{\"and\":[{\"or\":[{\"==\":[{\"var\":\"a\"},\"no\"]},{\"==\":[{\"var\":\"b\"},\"no\"]}]},{\">=\":[{\"var\":\"c\"},1]}]}",
                "not ${a} = 'no'|{\"!\":[{\"==\":[{\"var\":\"a\"},\"no\"]}]}",
                "${note} = 'it''s wet'|{\"==\":[{\"var\":\"note\"},\"it's wet\"]}",
                "${a} = 'нет'|{\"==\":[{\"var\":\"a\"},\"нет\"]}"
            })
    void anExpressionIsTranslatedToJsonLogicAndPrintedBackAsWritten(String expression, String json) {
        var parsed = ConditionExpressions.parse(expression, "showWhen");

        assertThat(parsed).isEqualTo(JsonMapper.shared().readTree(json));
        assertThat(ConditionExpressions.print(parsed)).isEqualTo(expression);
    }

    @Test
    void xlsFormsDoubleEqualsAndUpperCaseWordsAreReadToo() {
        assertThat(ConditionExpressions.print(ConditionExpressions.parse("${a} == \"no\" AND NOT ${b} < 3", "f")))
                .isEqualTo("${a} = 'no' and not ${b} < 3");
    }

    @Test
    void jsonLogicOutsideWhatExpressionsWriteIsKeptAsJson() {
        var in = "{\"in\": [{\"var\": \"a\"}, [\"poor\", \"bad\"]]}";

        var parsed = ConditionExpressions.parse(in, "showWhen");

        assertThat(ConditionExpressions.print(parsed)).isEqualTo("{\"in\":[{\"var\":\"a\"},[\"poor\",\"bad\"]]}");
        assertThat(ChecklistLogic.holds(parsed, Map.of("a", "bad"))).isTrue();
    }

    @Test
    void anExpressionThatCannotBeReadIsRefusedNamingWhereItStopsMakingSense() {
        for (var broken : new String[] {"${a} = ", "${a} = 'no' and", "${a} = 'no')", "${a} ~ 3", "(${a} = 'no'"}) {
            assertThatThrownBy(() -> ConditionExpressions.parse(broken, "showWhen"))
                    .as(broken)
                    .isInstanceOfSatisfying(InvalidRequestException.class, refused -> {
                        assertThat(refused.field()).isEqualTo("showWhen");
                        assertThat(refused.messageCode()).isEqualTo("rule.audit.conditionSyntax");
                    });
        }
    }
}
