package dev.tandem.notification;

import dev.tandem.organisation.PlantStructure;
import dev.tandem.stopwork.StopWork;
import dev.tandem.stopwork.StopWorkAnswered;
import dev.tandem.stopwork.StopWorkRaised;
import dev.tandem.stopwork.StopWorkStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stops as notifications: a raised stop to those the rules name (by default the area's manager and the site's safety
 * department, CRITICAL, with its ladder); every answer to the initiator, and thanks when the work resumes. No text
 * names the initiator. The stop is read once for all of it.
 */
@Component
class StopWorkAnnouncements {

    private final StopWorkSubjects subjects;
    private final PlantStructure plant;
    private final Notifications notifications;
    private final News news;

    StopWorkAnnouncements(StopWorkSubjects subjects, PlantStructure plant, Notifications notifications, News news) {
        this.subjects = subjects;
        this.plant = plant;
        this.notifications = notifications;
        this.news = news;
    }

    @ApplicationModuleListener
    void on(StopWorkRaised raised) {
        subjects.stop(raised.stopWorkId())
                .ifPresent(subject -> announce(
                        subject, NotificationKinds.STOP_RAISED, raised.raisedAt(), "", arguments(subject.stop())));
    }

    @ApplicationModuleListener
    void on(StopWorkAnswered answered) {
        var kind = answered.status() == StopWorkStatus.RESUMED
                ? NotificationKinds.STOP_RESUMED
                : NotificationKinds.STOP_ANSWERED;
        subjects.stop(answered.stopWorkId()).ifPresent(subject -> {
            var values = new ArrayList<>(arguments(subject.stop()));
            values.add(NotificationTexts.MESSAGE + "stopwork.status."
                    + answered.status().name());
            announce(subject, kind, answered.at(), answered.status().name(), values);
        });
    }

    private void announce(
            StopWorkSubjects.StopSubject subject,
            NotificationKind kind,
            Instant happened,
            String occasion,
            List<String> arguments) {
        if (!news.fresh(happened) || subject.settledFor(kind.key())) {
            return;
        }
        notifications.post(new Announcement(kind.key(), subject.link(), occasion, arguments), subject);
    }

    /** Where, what work and what is unsafe; the answer's step follows for the initiator's kinds. */
    private List<String> arguments(StopWork stop) {
        var place = plant.currentArea(stop.areaId()).map(area -> area.name()).orElseGet(() -> plant.site(stop.siteId())
                .name());
        return List.of(place, EventAnnouncements.excerpt(stop.work()), EventAnnouncements.excerpt(stop.unsafe()));
    }
}
