package dev.tandem.kpi.screens;

import dev.tandem.history.Dependents;
import dev.tandem.history.Recorded;
import dev.tandem.history.StillInUse;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A shop-floor screen in use shows the figures of a site or an organisation: that one stays while it does. */
@Component
class ScreenDependents implements Dependents {

    private final JdbcClient jdbc;

    ScreenDependents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StillInUse> on(Recorded record) {
        var shown =
                switch (record.recordType()) {
                    case "site" -> "site_id";
                    case "organisation" -> "organisation_id";
                    default -> null;
                };
        if (shown == null) {
            return Optional.empty();
        }
        return StillInUse.named(
                jdbc,
                "rule.shownOnScreens",
                "select name from display_screen where " + shown + " = :id and voided_at is null order by name",
                record.id());
    }
}
