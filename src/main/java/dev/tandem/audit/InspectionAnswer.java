package dev.tandem.audit;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The answer given to one question of an inspection, with the note and the photo beside it.
 *
 * @param answer a choice's value, a number, a date or a text, as written; null when only a note or photo is given
 */
@Table("audit_inspection_answer")
public record InspectionAnswer(String question, String answer, String note, @Column("photo_id") UUID photoId) {

    InspectionAnswer withAnswer(String given) {
        return new InspectionAnswer(question, given, note, photoId);
    }

    InspectionAnswer withNote(String given) {
        return new InspectionAnswer(question, answer, given, photoId);
    }

    InspectionAnswer withPhoto(UUID given) {
        return new InspectionAnswer(question, answer, note, given);
    }

    boolean empty() {
        return answer == null && note == null && photoId == null;
    }
}
