package dev.tandem.signal.ingest;

import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which equipment a viewer may act on in alarm management (shelving, relearning, sensitivity): any current
 * equipment for someone of the whole owner company, the equipment of their own site for someone of one site, as
 * the risk register's keepers are bound to their site.
 */
@Component
class EquipmentReach {

    private final JdbcClient jdbc;

    EquipmentReach(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses an unknown or voided equipment (404) and one of another site than the viewer's (403). */
    void require(UUID equipmentId, Viewer viewer) {
        var site = jdbc.sql("select site_id from equipment where id = :id and voided_at is null")
                .param("id", equipmentId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Equipment", equipmentId));
        if (viewer.siteId() != null && !viewer.siteId().equals(site)) {
            throw new AccessDeniedException("equipment of another site");
        }
    }
}
