package dev.tandem.audit;

import dev.tandem.shared.InvalidRequestException;
import io.github.jamsesso.jsonlogic.JsonLogic;
import io.github.jamsesso.jsonlogic.JsonLogicException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Conditions across questions, as JSON Logic over the answers by question name ({@code {"var": "a"}}). The server
 * evaluates them with json-logic-java; the phone with {@code static/js/checklist-logic.js}, which implements the
 * same subset: {@code var}, {@code ==}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code and},
 * {@code or}, {@code !} and {@code in}. One file of test vectors holds both to the same answers.
 */
public final class ChecklistLogic {

    /** The operators both evaluators implement, with how many arguments each takes (-1: one or more). */
    private static final Map<String, Integer> OPERATORS = Map.ofEntries(
            Map.entry("==", 2),
            Map.entry("!=", 2),
            Map.entry("<", 2),
            Map.entry("<=", 2),
            Map.entry(">", 2),
            Map.entry(">=", 2),
            Map.entry("and", -1),
            Map.entry("or", -1),
            Map.entry("!", 1),
            Map.entry("in", 2));

    private static final JsonLogic EVALUATOR = new JsonLogic();

    private ChecklistLogic() {}

    /** Whether the condition holds for the answers; no condition always holds. */
    public static boolean holds(JsonNode condition, Map<String, ?> answers) {
        if (condition == null) {
            return true;
        }
        var data = new HashMap<String, Object>();
        answers.forEach(
                (name, answer) -> data.put(name, answer instanceof BigDecimal number ? number.doubleValue() : answer));
        try {
            return JsonLogic.truthy(EVALUATOR.apply(condition.toString(), data));
        } catch (JsonLogicException broken) {
            // a stored condition was checked when it was saved; one that still fails to evaluate does not hold
            return false;
        }
    }

    /**
     * Refuses a condition outside the subset, or one that names a question the checklist does not have.
     *
     * @param field the field named in the error
     * @param names the names of the checklist's questions
     */
    public static void check(JsonNode condition, Set<String> names, String field) {
        if (condition == null) {
            return;
        }
        if (condition.isObject()) {
            if (condition.size() != 1) {
                throw new InvalidRequestException(field, "rule.audit.conditionForm");
            }
            var operation = condition.properties().iterator().next();
            var operator = operation.getKey();
            var arguments = operation.getValue();
            if (operator.equals("var")) {
                checkVariable(arguments, names, field);
                return;
            }
            var count = OPERATORS.get(operator);
            if (count == null) {
                throw new InvalidRequestException(field, "rule.audit.conditionOperator", operator);
            }
            var given = arguments.isArray() ? arguments.size() : 1;
            if ((count > 0 && given != count) || given == 0) {
                throw new InvalidRequestException(field, "rule.audit.conditionArguments", operator);
            }
            if (arguments.isArray()) {
                arguments.values().forEach(argument -> check(argument, names, field));
            } else {
                check(arguments, names, field);
            }
            return;
        }
        if (condition.isArray()) {
            condition.values().forEach(item -> check(item, names, field));
        }
        // a string, number, true, false or null is a value
    }

    private static void checkVariable(JsonNode argument, Set<String> names, String field) {
        var name = argument.isArray() && argument.size() > 0 ? argument.get(0) : argument;
        if (!name.isString()) {
            throw new InvalidRequestException(field, "rule.audit.conditionForm");
        }
        if (!names.contains(name.stringValue())) {
            throw new InvalidRequestException(field, "rule.audit.unknownQuestion", name.stringValue());
        }
    }
}
