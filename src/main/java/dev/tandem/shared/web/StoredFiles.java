package dev.tandem.shared.web;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.RecordRows;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files kept in the database beside the record they belong to (an event's photos, a training record's evidence), for
 * every module that keeps them: one table of its own per kind, with the columns {@code id}, the owner's column,
 * {@code content_type}, {@code size_bytes}, {@code content}, {@code added_at} and {@code added_by}. The caller checks
 * who may add and read them and what a file may be.
 */
public final class StoredFiles {

    private static final byte[] PDF = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The type of a document's scan as its content shows it: a PDF, or a JPEG, PNG or WebP photo. */
    public static Optional<String> documentTypeOf(byte[] content) {
        if (content.length >= PDF.length && java.util.Arrays.equals(content, 0, PDF.length, PDF, 0, PDF.length)) {
            return Optional.of("application/pdf");
        }
        return Pictures.typeOf(content);
    }

    /** A stored file and the type it was recognised as. */
    public record StoredFile(UUID id, String contentType, byte[] content) {

        /** The file inline as a {@code data:} URI, as documents show pictures. */
        public String dataUri() {
            return "data:" + contentType + ";base64,"
                    + java.util.Base64.getEncoder().encodeToString(content);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String table;
    private final String owner;

    /**
     * @param table the table of this kind of file
     * @param owner its column that names the record a file belongs to
     */
    public StoredFiles(JdbcClient jdbc, Clock clock, String table, String owner) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
        this.owner = owner;
    }

    /**
     * Keeps a file of a recognised type for the record, unless the record holds {@code most} already: then the file is
     * refused on {@code field} with the message {@code tooMany}, given {@code most}.
     */
    public UUID add(UUID ownerId, String contentType, byte[] content, UUID by, int most, String field, String tooMany) {
        if (of(ownerId).size() >= most) {
            throw new InvalidRequestException(field, tooMany, most);
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into " + table + " (id, " + owner + ", content_type, size_bytes, content, added_at, added_by)"
                        + " values (:id, :owner, :type, :size, :content, :at, :by)")
                .param("id", id)
                .param("owner", ownerId)
                .param("type", contentType)
                .param("size", content.length)
                .param("content", content)
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", by)
                .update();
        return id;
    }

    /** The files of a record, oldest first. */
    public List<UUID> of(UUID ownerId) {
        return jdbc.sql("select id from " + table + " where " + owner + " = :owner order by added_at, id")
                .param("owner", ownerId)
                .query(UUID.class)
                .list();
    }

    /** The files of each of the records that have any, oldest first: a list's files in one query. */
    public Map<UUID, List<UUID>> ofEach(Collection<UUID> ownerIds) {
        var files = new HashMap<UUID, List<UUID>>();
        if (!ownerIds.isEmpty()) {
            jdbc.sql("select " + owner + " as owner, id from " + table + " where " + owner
                            + " in (:owners) order by added_at, id")
                    .param("owners", ownerIds)
                    .query(rs -> {
                        files.computeIfAbsent(rs.getObject("owner", UUID.class), key -> new ArrayList<>())
                                .add(rs.getObject("id", UUID.class));
                    });
        }
        return files;
    }

    /** One file of the record, if it is the record's. */
    public Optional<StoredFile> find(UUID ownerId, UUID fileId) {
        return jdbc.sql("select id, content_type, content from " + table + " where id = :id and " + owner + " = :owner")
                .param("id", fileId)
                .param("owner", ownerId)
                .query(RecordRows.of(StoredFile.class))
                .optional();
    }
}
