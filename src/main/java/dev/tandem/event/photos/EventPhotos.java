package dev.tandem.event.photos;

import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Pictures;
import dev.tandem.shared.web.StoredFiles;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The photos of safety events, kept in the database beside their event. Only JPEG, PNG and WebP pictures are
 * accepted, recognised by their content rather than by what the client claims.
 */
@Component
public class EventPhotos {

    private final StoredFiles files;
    private final EventProperties properties;

    EventPhotos(JdbcClient jdbc, EventProperties properties, Clock clock) {
        this.files = new StoredFiles(jdbc, clock, "event_photo", "event_id");
        this.properties = properties;
    }

    /** The photo's type, recognised by its content; a photo too large or of another kind is refused. */
    private String check(byte[] content) {
        return Pictures.checked(content, properties.photoMaxSize().toBytes(), "photo")
                .contentType();
    }

    public UUID add(UUID eventId, byte[] content, Viewer by) {
        return files.add(
                eventId,
                check(content),
                content,
                by.userId(),
                properties.photosPerEvent(),
                "photo",
                "rule.tooManyPhotos");
    }

    public List<UUID> of(UUID eventId) {
        return files.of(eventId);
    }

    public Optional<Photo> find(UUID eventId, UUID photoId) {
        return files.find(eventId, photoId).map(file -> new Photo(file.id(), file.contentType(), file.content()));
    }
}
