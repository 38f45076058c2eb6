package dev.tandem.meeting.web;

import dev.tandem.meeting.holding.MeetingSignatures;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Pictures;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signing a meeting on its page: each present attendee draws a signature on the canvas beside their name (or a picture
 * is chosen without script); the pictures are shown on the page, to whoever reads the meeting, and over the API.
 */
@Controller
class MeetingSignatureController {

    private final MeetingSignatures signatures;

    MeetingSignatureController(MeetingSignatures signatures) {
        this.signatures = signatures;
    }

    @PostMapping("/meetings/{id}/attendees/{personId}/signature")
    String sign(
            @PathVariable UUID id,
            @PathVariable UUID personId,
            Precondition precondition,
            @RequestParam(required = false) MultipartFile signature,
            Viewer viewer,
            RedirectAttributes flash) {
        Forms.stepTaken(
                flash,
                "refused",
                () -> signatures.sign(id, precondition, personId, Pictures.uploaded(signature, "signature"), viewer));
        return "redirect:/meetings/" + id + "#attendees";
    }

    @GetMapping({"/meetings/{id}/signatures/{signatureId}", "/api/v1/meetings/{id}/signatures/{signatureId}"})
    ResponseEntity<byte[]> signature(@PathVariable UUID id, @PathVariable UUID signatureId, Viewer viewer) {
        return signatures
                .signature(id, signatureId, viewer)
                .map(file -> Pictures.response(file.contentType(), file.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
