package dev.tandem.investigation.web;

import dev.tandem.equipment.EquipmentType;
import dev.tandem.investigation.Lesson;
import dev.tandem.investigation.LessonStatus;
import dev.tandem.investigation.LessonText;
import dev.tandem.investigation.RootCauseClass;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A lesson card as the API answers it; its version travels as the ETag. The investigation it comes from is named only
 * to those who read that investigation.
 */
record LessonView(
        UUID id,
        UUID investigationId,
        UUID siteId,
        String category,
        EquipmentType equipmentType,
        List<RootCauseClass> rootClasses,
        String writtenIn,
        LessonStatus status,
        String returnedComment,
        boolean showOnScreens,
        Instant submittedAt,
        Instant publishedAt,
        List<LessonText> texts,
        boolean voided) {

    static LessonView of(Lesson lesson, boolean readsInvestigation) {
        return new LessonView(
                lesson.id(),
                readsInvestigation ? lesson.investigationId() : null,
                lesson.siteId(),
                lesson.category(),
                lesson.equipmentType(),
                lesson.rootClasses(),
                lesson.writtenIn(),
                lesson.status(),
                readsInvestigation ? lesson.returnedComment() : null,
                lesson.showOnScreens(),
                lesson.submittedAt(),
                lesson.publishedAt(),
                lesson.texts(),
                lesson.isVoided());
    }
}
