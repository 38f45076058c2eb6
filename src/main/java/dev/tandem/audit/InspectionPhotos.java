package dev.tandem.audit;

import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Pictures;
import dev.tandem.shared.web.StoredFiles;
import dev.tandem.shared.web.StoredFiles.StoredFile;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos of an inspection, one beside each question's answer (the answer itself of a photo question), kept in the
 * database: JPEG, PNG or WebP recognised by their content, at most one a question. A new photo of a question takes
 * the place of the one before, which stays stored in the inspection's history.
 */
@Service
@Transactional
public class InspectionPhotos {

    private final InspectionWork work;
    private final StoredFiles files;
    private final AuditProperties properties;

    InspectionPhotos(InspectionWork work, JdbcClient jdbc, AuditProperties properties, Clock clock) {
        this.work = work;
        this.files = new StoredFiles(jdbc, clock, "audit_inspection_photo", "inspection_id");
        this.properties = properties;
    }

    /** Keeps the photo beside the question's answer; refused on {@code photo} when too large or not a picture. */
    public Inspection add(UUID inspectionId, String question, byte[] content, Viewer viewer) {
        var inspection = work.conductable(inspectionId, viewer);
        InspectionRules.question(work.checklist(inspection), question);
        var picture = Pictures.checked(content, properties.photoMaxSize().toBytes(), "photo");
        var id = files.add(
                inspection.id(),
                picture.contentType(),
                content,
                viewer.userId(),
                properties.photosPerInspection(),
                "photo",
                "rule.audit.tooManyPhotos");
        var version = work.checklist(inspection);
        return work.change(
                inspection, changed -> changed.photographed(version, question, id, viewer.displayName()), viewer);
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> photo(UUID inspectionId, UUID photoId, Viewer viewer) {
        return files.find(work.inspection(inspectionId, viewer).id(), photoId);
    }
}
