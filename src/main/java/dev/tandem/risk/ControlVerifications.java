package dev.tandem.risk;

import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Pictures;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The verifications of critical controls as stored rows, each written once with its photo, if any. */
@Component
class ControlVerifications {

    private static final String COLUMNS =
            """
            v.id, v.risk_control as control_id, v.passed, v.note, v.photo is not null as has_photo, v.action_id,
            v.verified_at, v.verified_name""";

    private final JdbcClient jdbc;

    ControlVerifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(ControlVerification verification, Pictures.Picture photo, Viewer by) {
        jdbc.sql(
                        """
                        insert into control_verification
                            (id, risk_control, passed, note, photo_type, photo, action_id, verified_at, verified_by,
                             verified_name)
                        values (:id, :control, :passed, :note, :type, :photo, :action, :at, :by, :name)""")
                .param("id", verification.id())
                .param("control", verification.controlId())
                .param("passed", verification.passed())
                .param("note", verification.note())
                .param("type", photo == null ? null : photo.contentType())
                .param("photo", photo == null ? null : photo.content())
                .param("action", verification.actionId())
                .param("at", Timestamp.from(verification.verifiedAt()))
                .param("by", by.userId())
                .param("name", by.displayName())
                .update();
    }

    Optional<ControlVerification> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from control_verification v where v.id = :id")
                .param("id", id)
                .query(RecordRows.of(ControlVerification.class))
                .optional();
    }

    /** The control's verifications, newest first. */
    Page<ControlVerification> of(UUID controlId, Paging paging) {
        long total = jdbc.sql("select count(*) from control_verification where risk_control = :control")
                .param("control", controlId)
                .query(Long.class)
                .single();
        var items = jdbc.sql("select " + COLUMNS
                        + " from control_verification v where v.risk_control = :control"
                        + " order by v.verified_at desc, v.id" + paging.limit())
                .param("control", controlId)
                .query(RecordRows.of(ControlVerification.class))
                .list();
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    Optional<Pictures.Picture> photo(UUID controlId, UUID verificationId) {
        return jdbc.sql(
                        """
                        select photo_type as content_type, photo as content from control_verification
                        where id = :id and risk_control = :control and photo is not null""")
                .param("id", verificationId)
                .param("control", controlId)
                .query(RecordRows.of(Pictures.Picture.class))
                .optional();
    }
}
