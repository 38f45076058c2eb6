package dev.tandem.audit;

import org.springframework.modulith.NamedInterface;

/**
 * A question of an inspection as it stands: whether its condition shows it, its answer (with note and photo), its
 * finding, whether the answer failed, and what the conditions require of it now.
 *
 * @param answer null while nothing is given
 * @param finding null while none is recorded
 * @param failed a scored answer below the question's best, or one its conditions require an action for
 */
@NamedInterface("inspections")
public record QuestionState(
        Question question,
        boolean shown,
        InspectionAnswer answer,
        Finding finding,
        boolean failed,
        boolean needsNote,
        boolean needsPhoto,
        boolean needsAction) {

    /** The answer's value as written, or null. */
    public String value() {
        return answer == null ? null : answer.answer();
    }
}
