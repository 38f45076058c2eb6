package dev.tandem.event.photos;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Pictures;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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

    private final JdbcClient jdbc;
    private final EventProperties properties;
    private final Clock clock;

    EventPhotos(JdbcClient jdbc, EventProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The photo's type, recognised by its content; a photo too large or of another kind is refused. */
    private String check(byte[] content) {
        return Pictures.checked(content, properties.photoMaxSize().toBytes(), "photo")
                .contentType();
    }

    public UUID add(UUID eventId, byte[] content, Viewer by) {
        var contentType = check(content);
        long held = jdbc.sql("select count(*) from event_photo where event_id = :event")
                .param("event", eventId)
                .query(Long.class)
                .single();
        if (held >= properties.photosPerEvent()) {
            throw new InvalidRequestException("photo", "rule.tooManyPhotos", properties.photosPerEvent());
        }
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into event_photo (id, event_id, content_type, size_bytes, content, added_at, added_by)
                        values (:id, :event, :type, :size, :content, :at, :by)""")
                .param("id", id)
                .param("event", eventId)
                .param("type", contentType)
                .param("size", content.length)
                .param("content", content)
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", by.userId())
                .update();
        return id;
    }

    public List<UUID> of(UUID eventId) {
        return jdbc.sql("select id from event_photo where event_id = :event order by added_at, id")
                .param("event", eventId)
                .query(UUID.class)
                .list();
    }

    public Optional<Photo> find(UUID eventId, UUID photoId) {
        return jdbc.sql("select id, content_type, content from event_photo where id = :id and event_id = :event")
                .param("id", photoId)
                .param("event", eventId)
                .query(Photo.class)
                .optional();
    }
}
