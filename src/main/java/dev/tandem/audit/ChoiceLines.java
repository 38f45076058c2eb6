package dev.tandem.audit;

import dev.tandem.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A question's answers written as text, as a page's field and a spreadsheet's cell hold them: one answer a line (or
 * separated by {@code ;}), each {@code value | label in English | label in Russian | score}, an empty score for "not
 * applicable": {@code yes | Yes | Да | 1; no | No | Нет | 0; na | N/A | Н/П |}.
 */
public final class ChoiceLines {

    private ChoiceLines() {}

    /**
     * @param field the field named when a line is wrong
     * @throws InvalidRequestException naming the field and the line that is wrong
     */
    public static List<Choice> parse(String text, String field) {
        var choices = new ArrayList<Choice>();
        if (text == null || text.isBlank()) {
            return choices;
        }
        var lines = text.split("[;\\n]");
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            var parts = line.split("\\|", -1);
            if (parts.length != 4 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                throw new InvalidRequestException(field, "rule.audit.choiceLine", i + 1);
            }
            choices.add(new Choice(parts[0].strip(), parts[1].strip(), parts[2].strip(), score(parts[3], field, i)));
        }
        return choices;
    }

    private static BigDecimal score(String text, String field, int line) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new InvalidRequestException(field, "rule.audit.choiceLine", line + 1);
        }
    }

    /** The answers as text that {@link #parse} reads back. */
    public static String format(List<Choice> choices) {
        return choices.stream()
                .map(choice -> String.join(
                                " | ",
                                choice.value(),
                                choice.labelEn(),
                                choice.labelRu(),
                                choice.score() == null ? "" : choice.score().toPlainString())
                        .stripTrailing())
                .collect(Collectors.joining("\n"));
    }
}
