package dev.tandem.stopwork;

import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Pictures;
import dev.tandem.shared.web.Pictures.Picture;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The photo a stop was raised with, kept beside it and checked by its content as every field photo is. */
@Component
class StopWorkPhotos {

    private final JdbcClient jdbc;
    private final StopWorkProperties properties;

    StopWorkPhotos(JdbcClient jdbc, StopWorkProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    UUID add(UUID stopId, byte[] content, Viewer by, Instant at) {
        var picture = Pictures.checked(content, properties.photoMaxSize().toBytes(), "photo");
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into stop_work_photo (id, stop_work_id, content_type, size_bytes, content, added_at,
                                                     added_by)
                        values (:id, :stop, :type, :size, :content, :at, :by)""")
                .param("id", id)
                .param("stop", stopId)
                .param("type", picture.contentType())
                .param("size", content.length)
                .param("content", content)
                .param("at", Timestamp.from(at))
                .param("by", by.userId())
                .update();
        return id;
    }

    List<UUID> of(UUID stopId) {
        return jdbc.sql("select id from stop_work_photo where stop_work_id = :stop order by added_at, id")
                .param("stop", stopId)
                .query(UUID.class)
                .list();
    }

    Optional<Picture> find(UUID stopId, UUID photoId) {
        return jdbc.sql("select content_type, content from stop_work_photo where id = :id and stop_work_id = :stop")
                .param("id", photoId)
                .param("stop", stopId)
                .query((rs, row) -> new Picture(rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }
}
