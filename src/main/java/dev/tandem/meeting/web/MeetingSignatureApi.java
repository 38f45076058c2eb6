package dev.tandem.meeting.web;

import dev.tandem.meeting.holding.MeetingSignatures;
import dev.tandem.meeting.web.MeetingViews.MeetingView;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Pictures;
import dev.tandem.shared.web.Versions;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A present attendee's signature over the API: a PNG, JPEG or WebP picture as the multipart part {@code signature}. */
@RestController
class MeetingSignatureApi {

    private final MeetingSignatures signatures;
    private final MeetingViews views;

    MeetingSignatureApi(MeetingSignatures signatures, MeetingViews views) {
        this.signatures = signatures;
        this.views = views;
    }

    @PostMapping(
            path = "/api/v1/meetings/{id}/attendees/{personId}/signature",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<MeetingView> sign(
            @PathVariable UUID id,
            @PathVariable UUID personId,
            Precondition precondition,
            @RequestPart(name = "signature", required = false) MultipartFile signature,
            Viewer viewer) {
        var meeting = signatures.sign(id, precondition, personId, Pictures.uploaded(signature, "signature"), viewer);
        return Versions.tagged(meeting.version(), views.of(meeting));
    }
}
