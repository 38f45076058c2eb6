package dev.tandem.audit;

import dev.tandem.audit.InspectionWork.AnswerInspection;
import dev.tandem.history.Created;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections done on a phone without network arrive whole: started on the version the phone kept, answered,
 * photographed, their findings raised with their actions and completed in one transaction, so a refusal anywhere
 * writes nothing and the phone shows why. Sent again under the same id (an answer lost on the way), the stored
 * inspection is the answer, to a viewer who may read it, and nothing is done twice.
 */
@Service
@Transactional
public class OfflineInspections {

    private final InspectionWork work;
    private final InspectionPhotos photos;
    private final InspectionFindings findings;

    OfflineInspections(InspectionWork work, InspectionPhotos photos, InspectionFindings findings) {
        this.work = work;
        this.photos = photos;
        this.findings = findings;
    }

    /** @param pictures the photos by question name */
    public Created<Inspection> receive(InspectionDoneOffline done, Map<String, byte[]> pictures, Viewer viewer) {
        var started = work.start(done.start(), done.templateVersion(), viewer);
        if (!started.isNew()) {
            return started;
        }
        var id = started.record().id();
        work.answer(id, Precondition.none(), new AnswerInspection(done.answers(), done.notes()), viewer);
        pictures.forEach((question, content) -> photos.add(id, question, content, viewer));
        done.findings().forEach(finding -> findings.raise(id, finding, viewer));
        return new Created<>(work.complete(id, Precondition.none(), viewer), true);
    }
}
