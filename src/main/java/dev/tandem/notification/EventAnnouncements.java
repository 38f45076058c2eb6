package dev.tandem.notification;

import dev.tandem.event.EventReported;
import dev.tandem.event.EventReporting;
import dev.tandem.event.EventType;
import dev.tandem.event.SafetyEvent;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Safety events reported, by people or as early warnings by the signal detectors, as notifications to those the
 * rules name (by default the area's manager, the site's safety department, the contractor's supervisor).
 */
@Component
class EventAnnouncements {

    /** Enough of a description to recognise the event by; the page has the rest. */
    static final int EXCERPT = 160;

    private final EventReporting events;
    private final PlantStructure plant;
    private final Notifications notifications;
    private final NotifiedRecords records;
    private final News news;

    EventAnnouncements(
            EventReporting events,
            PlantStructure plant,
            Notifications notifications,
            NotifiedRecords records,
            News news) {
        this.events = events;
        this.plant = plant;
        this.notifications = notifications;
        this.records = records;
        this.news = news;
    }

    @ApplicationModuleListener
    void on(EventReported reported) {
        SafetyEvent event;
        try {
            event = events.event(reported.eventId(), Viewer.system());
        } catch (NotFoundException gone) {
            return;
        }
        var kind = event.type() == EventType.EARLY_WARNING
                ? NotificationKinds.EARLY_WARNING
                : NotificationKinds.EVENT_REPORTED;
        var link = EventSubjects.link(event.id());
        if (!news.fresh(event.reportedAt()) || records.settled(kind.key(), link)) {
            return;
        }
        notifications.post(new Announcement(
                kind.key(),
                link,
                "",
                List.of(
                        NotificationTexts.MESSAGE + "event.type." + event.type().name(),
                        placeOf(event),
                        excerpt(event.description()))));
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
