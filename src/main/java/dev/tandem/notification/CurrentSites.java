package dev.tandem.notification;

import dev.tandem.shared.RecordRows;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sites in use, for what is set or checked per site. */
@Component
@Transactional(readOnly = true)
public class CurrentSites {

    private final JdbcClient jdbc;

    CurrentSites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record CurrentSite(UUID id, String name) {}

    public List<CurrentSite> all() {
        return jdbc.sql("select id, name from site where voided_at is null order by code")
                .query(RecordRows.of(CurrentSite.class))
                .list();
    }

    public boolean inUse(UUID id) {
        return all().stream().anyMatch(site -> site.id().equals(id));
    }
}
