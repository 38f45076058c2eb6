package dev.tandem.notification;

import dev.tandem.action.ActionPlanning;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.event.EventReporting;
import dev.tandem.event.EventType;
import dev.tandem.event.ReportEvent;
import dev.tandem.identity.Logins;
import dev.tandem.shared.Viewer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Records to notify about, made through their modules' services, and the demo people who hear of them. */
final class NotifyingFixture {

    final Logins logins;
    private final ApplicationContext context;
    private final JdbcClient jdbc;

    NotifyingFixture(ApplicationContext context) {
        this.context = context;
        this.logins = new Logins(context);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    UUID person(String username) {
        return logins.viewer(username).personId();
    }

    /** An action raised by the line manager, owned by {@code owner} for the owner's organisation. */
    UUID action(String owner, String title) {
        var ownerViewer = logins.viewer(owner);
        var raise = new RaiseAction(
                UUID.randomUUID(),
                title,
                null,
                SourceType.OTHER,
                null,
                firstSite(),
                ownerViewer.personId(),
                ownerViewer.organisationId(),
                LocalDate.now().plusDays(10),
                null);
        var id = context.getBean(ActionPlanning.class)
                .raise(raise, logins.viewer("manager"))
                .record()
                .id();
        settled(id);
        return id;
    }

    /**
     * Waits until every listener has handled what the record announced (its "assigned" notification among them), so
     * a test counting a person's notifications counts no notification still on its way.
     */
    private void settled(UUID record) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        """
                                        select count(*) from event_publication
                                        where serialized_event like '%' || :id || '%' and completion_date is null""")
                                .param("id", record.toString())
                                .query(Long.class)
                                .single()
                        == 0);
    }

    /** A hazard the reporter reports in the area. */
    UUID event(String reporter, UUID areaId) {
        var report =
                new ReportEvent(UUID.randomUUID(), EventType.HAZARD, null, null, areaId, "Oil on the walkway", false);
        return context.getBean(EventReporting.class)
                .report(report, null, logins.viewer(reporter))
                .record()
                .id();
    }

    /** An area of the first site, made for the test with its own owner. */
    UUID areaOwnedBy(String owner) {
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into area (id, site_id, code, name, owner_id, version)
                        values (:id, :site, :code, 'Test area', :owner, 0)""")
                .param("id", id)
                .param("site", firstSite())
                .param("code", "T" + id.toString().substring(0, 8))
                .param("owner", person(owner))
                .update();
        return id;
    }

    /** The site of the head of safety (and the managing director): the demo plant's main site. */
    UUID firstSite() {
        return logins.viewer("hse").siteId();
    }

    Viewer viewer(String username) {
        return logins.viewer(username);
    }
}
