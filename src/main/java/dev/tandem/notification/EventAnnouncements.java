package dev.tandem.notification;

import dev.tandem.event.EventReported;
import dev.tandem.event.EventType;
import dev.tandem.event.SafetyEvent;
import dev.tandem.organisation.PlantStructure;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Safety events reported, by people or as early warnings by the signal detectors, as notifications to those the
 * rules name (by default the area's manager, the site's safety department, the contractor's supervisor). The event
 * is read once for all of it.
 */
@Component
class EventAnnouncements {

    /** Enough of a description to recognise the event by; the page has the rest. */
    static final int EXCERPT = 160;

    private final EventSubjects subjects;
    private final PlantStructure plant;
    private final Notifications notifications;
    private final News news;

    EventAnnouncements(EventSubjects subjects, PlantStructure plant, Notifications notifications, News news) {
        this.subjects = subjects;
        this.plant = plant;
        this.notifications = notifications;
        this.news = news;
    }

    @ApplicationModuleListener
    void on(EventReported reported) {
        subjects.event(reported.eventId()).ifPresent(this::announce);
    }

    private void announce(EventSubjects.EventSubject subject) {
        var event = subject.event();
        var kind = event.type() == EventType.EARLY_WARNING
                ? NotificationKinds.EARLY_WARNING
                : NotificationKinds.EVENT_REPORTED;
        if (!news.fresh(event.reportedAt()) || subject.settledFor(kind.key())) {
            return;
        }
        notifications.post(
                new Announcement(
                        kind.key(),
                        subject.link(),
                        "",
                        List.of(
                                NotificationTexts.MESSAGE + "event.type."
                                        + event.type().name(),
                                placeOf(event),
                                excerpt(event.description()),
                                // what the signals behind a warning say, in each reader's language
                                event.type() == EventType.EARLY_WARNING
                                        ? NotificationTexts.EARLY_WARNING + event.id()
                                        : "")),
                subject);
    }

    private String placeOf(SafetyEvent event) {
        return plant.currentArea(event.areaId()).map(area -> area.name()).orElseGet(() -> plant.site(event.siteId())
                .name());
    }

    static String excerpt(String description) {
        var text = description == null ? "" : description.strip();
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }
}
