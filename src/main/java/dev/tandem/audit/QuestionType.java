package dev.tandem.audit;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** What a question asks for. Only answers chosen from a list carry a score. */
@NamedInterface("inspections")
public enum QuestionType {
    YES_NO,
    CHOICE,
    NUMBER,
    TEXT,
    DATE,
    PHOTO,
    SIGNATURE;

    /** Whether the question's answers are chosen from its list of choices (and so carry scores). */
    public boolean chosen() {
        return this == YES_NO || this == CHOICE;
    }

    /** The list a yes/no question gets when it names none: yes scores 1, no 0, not applicable is left out. */
    List<Choice> defaultChoices() {
        if (this != YES_NO) {
            return List.of();
        }
        return List.of(
                new Choice("yes", "Yes", "Да", BigDecimal.ONE),
                new Choice("no", "No", "Нет", BigDecimal.ZERO),
                new Choice("na", "Not applicable", "Не применимо", null));
    }
}
