package dev.tandem.notification;

import dev.tandem.organisation.PlantStructure;
import dev.tandem.risk.CriticalControlFailed;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A critical control found not effective, as a notification to those the rules name (by default the area's manager
 * and the site's safety department): CRITICAL, with its escalation ladder, when the risk is fatal. The control and
 * its risk are read once for all of it.
 */
@Component
class RiskControlAnnouncements {

    private final RiskControlSubjects subjects;
    private final PlantStructure plant;
    private final Notifications notifications;
    private final News news;

    RiskControlAnnouncements(
            RiskControlSubjects subjects, PlantStructure plant, Notifications notifications, News news) {
        this.subjects = subjects;
        this.plant = plant;
        this.notifications = notifications;
        this.news = news;
    }

    @ApplicationModuleListener
    void on(CriticalControlFailed failed) {
        var kind = failed.fatal() ? NotificationKinds.FATAL_CONTROL_FAILED : NotificationKinds.CONTROL_FAILED;
        if (!news.fresh(failed.verifiedAt())) {
            return;
        }
        var found = subjects.control(failed.controlId());
        if (found.isEmpty() || found.get().settledFor(kind.key())) {
            return;
        }
        var subject = found.get();
        var place = plant.currentArea(failed.areaId())
                .map(area -> area.name())
                .orElseGet(() -> plant.site(failed.siteId()).name());
        notifications.post(
                new Announcement(
                        kind.key(),
                        subject.link(),
                        failed.verificationId().toString(),
                        List.of(
                                EventAnnouncements.excerpt(subject.control().description()),
                                EventAnnouncements.excerpt(subject.risk().hazard()),
                                place)),
                subject);
    }
}
