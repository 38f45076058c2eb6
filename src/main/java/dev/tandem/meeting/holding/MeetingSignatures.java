package dev.tandem.meeting.holding;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Pictures;
import dev.tandem.shared.web.StoredFiles;
import dev.tandem.shared.web.StoredFiles.StoredFile;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signatures on a meeting's record: each present attendee draws theirs with a finger on the phone or tablet the meeting
 * is held on, handed round by whoever holds it, and the picture is kept beside the meeting. The record closes only when
 * every present attendee has signed.
 */
@NamedInterface("holding")
@Service
@Transactional
public class MeetingSignatures {

    /** A drawn signature is a few kilobytes; a photo of a paper one stays well under this. */
    private static final long LARGEST = 2L * 1024 * 1024;

    /** Signatures drawn again and again (an attendee marked absent and back) stay bounded. */
    private static final int MOST = 200;

    private final MeetingDesk desk;
    private final StoredFiles files;
    private final Clock clock;

    MeetingSignatures(MeetingDesk desk, JdbcClient jdbc, Clock clock) {
        this.desk = desk;
        this.files = new StoredFiles(jdbc, clock, "meeting_signature", "meeting_id");
        this.clock = clock;
    }

    /** The present attendee signs with a picture; none, or one that is no picture, is refused on {@code signature}. */
    public Meeting sign(UUID id, Precondition precondition, UUID personId, byte[] content, Viewer viewer) {
        return desk.hold(id, precondition, viewer, (meeting, engagement) -> {
            if (content == null || content.length == 0) {
                throw new InvalidRequestException("signature", "meeting.rule.signatureMissing");
            }
            var picture = Pictures.checked(content, LARGEST, "signature");
            var signature = files.add(
                    meeting.id(),
                    picture.contentType(),
                    content,
                    viewer.userId(),
                    MOST,
                    "signature",
                    "meeting.rule.tooManySignatures");
            meeting.sign(personId, signature, Instant.now(clock));
        });
    }

    /** One of the meeting's signatures, to a viewer who reads the meeting. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> signature(UUID id, UUID signatureId, Viewer viewer) {
        return files.find(desk.meeting(id, viewer).id(), signatureId);
    }

    /** The signatures of the meeting's attendees as inline pictures, by the person who signed, for its minutes. */
    @Transactional(readOnly = true)
    public Map<UUID, String> pictures(Meeting meeting) {
        var pictures = new HashMap<UUID, String>();
        for (var attendee : meeting.attendees()) {
            if (attendee.signed()) {
                files.find(meeting.id(), attendee.signatureId())
                        .ifPresent(file -> pictures.put(attendee.personId(), file.dataUri()));
            }
        }
        return pictures;
    }
}
