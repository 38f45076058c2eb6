package dev.tandem.notification;

import dev.tandem.investigation.InvestigationOverdue;
import dev.tandem.investigation.InvestigationQueued;
import dev.tandem.organisation.PlantStructure;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Investigations as notifications: one put in the queue by a trigger to those the rules name (by default the site's
 * safety department), and one overdue to its leader and the site's safety department, climbing its ladder (the site's
 * HSE lead after a day, the site's director after three) until it is settled.
 */
@Component
class InvestigationAnnouncements {

    private final InvestigationSubjects subjects;
    private final PlantStructure plant;
    private final Notifications notifications;
    private final News news;

    InvestigationAnnouncements(
            InvestigationSubjects subjects, PlantStructure plant, Notifications notifications, News news) {
        this.subjects = subjects;
        this.plant = plant;
        this.notifications = notifications;
        this.news = news;
    }

    @ApplicationModuleListener
    void on(InvestigationQueued queued) {
        announce(queued.investigationId(), NotificationKinds.INVESTIGATION_QUEUED, queued.at(), "");
    }

    @ApplicationModuleListener
    void on(InvestigationOverdue overdue) {
        announce(
                overdue.investigationId(),
                NotificationKinds.INVESTIGATION_OVERDUE,
                overdue.overdueFrom(),
                overdue.dueDate().toString());
    }

    private void announce(UUID id, NotificationKind kind, Instant happened, String occasion) {
        if (!news.fresh(happened)) {
            return;
        }
        subjects.investigation(id)
                .filter(subject -> !subject.settledFor(kind.key()))
                .ifPresent(subject -> {
                    var investigation = subject.investigation();
                    var place = investigation.areaId() == null
                            ? plant.site(investigation.siteId()).name()
                            : plant.currentArea(investigation.areaId())
                                    .map(area -> area.name())
                                    .orElseGet(() ->
                                            plant.site(investigation.siteId()).name());
                    notifications.post(
                            new Announcement(
                                    kind.key(),
                                    subject.link(),
                                    occasion,
                                    List.of(
                                            EventAnnouncements.excerpt(investigation.title()),
                                            place,
                                            investigation.dueDate().toString())),
                            subject);
                });
    }
}
