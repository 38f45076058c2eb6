package dev.tandem.audit;

import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Pictures;
import dev.tandem.shared.web.StoredFiles;
import dev.tandem.shared.web.StoredFiles.StoredFile;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two sides' signatures of a joint inspection, drawn on a phone and kept as pictures beside it: the contractor's
 * supervisor signs for the contractor, the invited line manager (or another of the owner company's line managers and
 * safety specialists) for the plant. A joint inspection is completed only when both have signed what it holds.
 */
@Service
@Transactional
@NamedInterface("inspections")
public class InspectionSignatures {

    /** Signatures drawn again and again (each change asks for new ones) stay bounded. */
    private static final int MOST = 40;

    private final InspectionWork work;
    private final StoredFiles files;
    private final AuditProperties properties;
    private final Clock clock;

    InspectionSignatures(InspectionWork work, JdbcClient jdbc, AuditProperties properties, Clock clock) {
        this.work = work;
        this.files = new StoredFiles(jdbc, clock, "audit_inspection_signature", "inspection_id");
        this.properties = properties;
        this.clock = clock;
    }

    /** Signs on the viewer's side; a picture that is none is refused on {@code signature}. */
    public Inspection sign(UUID inspectionId, byte[] content, Viewer viewer) {
        var inspection = work.inspection(inspectionId, viewer);
        if (!InspectionAccess.canSign(viewer, inspection)) {
            throw new AccessDeniedException("signing this inspection");
        }
        var picture = Pictures.checked(content, properties.photoMaxSize().toBytes(), "signature");
        var id = files.add(
                inspection.id(),
                picture.contentType(),
                content,
                viewer.userId(),
                MOST,
                "signature",
                "rule.audit.tooManySignatures");
        return work.change(
                inspection,
                changed -> changed.signed(viewer.contractor(), id, viewer.displayName(), Instant.now(clock)),
                viewer);
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> signature(UUID inspectionId, UUID signatureId, Viewer viewer) {
        return files.find(work.inspection(inspectionId, viewer).id(), signatureId);
    }
}
