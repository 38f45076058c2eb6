package dev.tandem.audit;

import dev.tandem.history.KeptOutOfHistory;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * The two sides' signatures of a joint inspection as it keeps them: each side's picture (kept beside the inspection),
 * who signed and when. A side signs what the inspection holds when it signs; any change afterwards clears both.
 *
 * @param contractorSignatureId the contractor's supervisor's picture
 * @param ownerSignatureId the picture of the owner company's person: the invited line manager or another
 */
@NamedInterface("inspections")
public record JointSignatures(
        @KeptOutOfHistory("the picture; who signed and when are in the history") UUID contractorSignatureId,
        String contractorSignedBy,
        Instant contractorSignedAt,
        @KeptOutOfHistory("the picture; who signed and when are in the history") UUID ownerSignatureId,
        String ownerSignedBy,
        Instant ownerSignedAt) {

    /** Not signed by either side. */
    static final JointSignatures NONE = new JointSignatures(null, null, null, null, null, null);

    /** @param contractorSide whether the contractor's supervisor signs, else the owner company's person */
    JointSignatures signed(boolean contractorSide, UUID signatureId, String by, Instant at) {
        return contractorSide
                ? new JointSignatures(signatureId, by, at, ownerSignatureId, ownerSignedBy, ownerSignedAt)
                : new JointSignatures(
                        contractorSignatureId, contractorSignedBy, contractorSignedAt, signatureId, by, at);
    }

    boolean both() {
        return contractorSignatureId != null && ownerSignatureId != null;
    }
}
