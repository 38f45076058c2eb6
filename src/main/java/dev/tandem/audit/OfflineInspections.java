package dev.tandem.audit;

import dev.tandem.audit.InspectionWork.AnswerInspection;
import dev.tandem.history.Created;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections done on a phone without network arrive whole: started on the version the phone kept, answered,
 * photographed, their findings raised with their actions and completed in one transaction, so a refusal anywhere
 * writes nothing and the phone shows why. Sent again under the same id (an answer lost on the way), the stored
 * inspection is the answer, to a viewer who may read it, and nothing is done twice. A joint inspection arrives signed
 * by the contractor's supervisor who did it on the phone and waits for the plant's side to sign it, signed in as
 * themselves, before it is completed: one phone signed in as one person cannot vouch for the other side's signature.
 */
@Service
@Transactional
public class OfflineInspections {

    private final InspectionWork work;
    private final InspectionPhotos photos;
    private final InspectionFindings findings;
    private final InspectionSignatures signatures;

    OfflineInspections(
            InspectionWork work,
            InspectionPhotos photos,
            InspectionFindings findings,
            InspectionSignatures signatures) {
        this.work = work;
        this.photos = photos;
        this.findings = findings;
        this.signatures = signatures;
    }

    /**
     * @param pictures the photos by question name
     * @param signature a joint inspection's signature of the contractor's side, drawn on the phone; null for others
     */
    public Created<Inspection> receive(
            InspectionDoneOffline done, Map<String, byte[]> pictures, byte[] signature, Viewer viewer) {
        if (done.kind() == InspectionKind.JOINT && signature == null) {
            throw new InvalidRequestException("signature", "rule.audit.signOnPhone");
        }
        var started = work.start(done.start(), done.templateVersion(), viewer);
        if (!started.isNew()) {
            return started;
        }
        var id = started.record().id();
        work.answer(id, Precondition.none(), new AnswerInspection(done.answers(), done.notes()), viewer);
        pictures.forEach((question, content) -> photos.add(id, question, content, viewer));
        done.findings().forEach(finding -> findings.raise(id, finding, viewer));
        if (done.kind() == InspectionKind.JOINT) {
            return new Created<>(signatures.sign(id, signature, viewer), true);
        }
        return new Created<>(work.complete(id, Precondition.none(), viewer), true);
    }
}
