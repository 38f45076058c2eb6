package dev.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shared.InvalidRequestException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's conditions against the shared vectors (ChecklistLogicBrowserTests runs the same file on the phone's
 * script), and the subset a template may use.
 */
class ChecklistLogicTests {

    static final String VECTORS = "/audit/condition-vectors.json";

    static Stream<JsonNode> vectors() throws IOException {
        try (var in = ChecklistLogicTests.class.getResourceAsStream(VECTORS)) {
            return JsonMapper.shared().readTree(in).valueStream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void theServerAnswersEveryVectorAsWritten(JsonNode vector) {
        var answers = JsonMapper.shared()
                .convertValue(vector.get("data"), new TypeReference<LinkedHashMap<String, Object>>() {});
        var rule = vector.get("rule");

        assertThat(ChecklistLogic.holds(rule, answers))
                .as(vector.get("name").asString())
                .isEqualTo(vector.get("expected").asBoolean());
    }

    @Test
    void aConditionNamingAQuestionTheChecklistDoesNotHaveIsRefusedNamingIt() {
        var condition = JsonMapper.shared()
                .readTree("{\"and\": [{\"==\": [{\"var\": \"a\"}, \"no\"]}, {\">\": [{\"var\": \"c\"}, 5]}]}");

        assertThatThrownBy(() -> ChecklistLogic.check(condition, Set.of("a", "b"), "questions[1].showWhen"))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("questions[1].showWhen");
                    assertThat(refused.messageCode()).isEqualTo("rule.audit.unknownQuestion");
                    assertThat(refused.arguments()).containsExactly("c");
                });
        ChecklistLogic.check(condition, Set.of("a", "c"), "questions[1].showWhen");
    }

    @Test
    void operatorsOutsideTheSubsetBothEvaluatorsKnowAreRefused() {
        for (var outside : Map.of(
                        "{\"if\": [true, 1, 2]}", "rule.audit.conditionOperator",
                        "{\"==\": [1]}", "rule.audit.conditionArguments",
                        "{\"==\": [1, 2], \"!=\": [1, 2]}", "rule.audit.conditionForm",
                        "{\"var\": 3}", "rule.audit.conditionForm")
                .entrySet()) {
            var condition = JsonMapper.shared().readTree(outside.getKey());
            assertThatThrownBy(() -> ChecklistLogic.check(condition, Set.of("a"), "showWhen"))
                    .as(outside.getKey())
                    .isInstanceOfSatisfying(InvalidRequestException.class, refused -> assertThat(refused.messageCode())
                            .isEqualTo(outside.getValue()));
        }
    }
}
