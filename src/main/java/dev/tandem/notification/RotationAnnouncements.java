package dev.tandem.notification;

import dev.tandem.meeting.RotationMissed;
import dev.tandem.organisation.PlantStructure;
import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A rotation that ended without a meeting, told to those the rules name (by default the engagement's mentor), each
 * rotation once: its days on the site's clock are in the message.
 */
@Component
class RotationAnnouncements {

    private final RotationSubjects subjects;
    private final PlantStructure plant;
    private final Notifications notifications;
    private final News news;

    RotationAnnouncements(RotationSubjects subjects, PlantStructure plant, Notifications notifications, News news) {
        this.subjects = subjects;
        this.plant = plant;
        this.notifications = notifications;
        this.news = news;
    }

    @ApplicationModuleListener
    void on(RotationMissed missed) {
        if (!news.fresh(missed.endsAt())) {
            return;
        }
        subjects.rotations(missed.engagementId()).ifPresent(subject -> {
            var zone = plant.siteTimes().zone(missed.siteId());
            var from = LocalDate.ofInstant(missed.startsAt(), zone);
            var to = LocalDate.ofInstant(missed.endsAt().minusNanos(1), zone);
            notifications.post(
                    new Announcement(
                            NotificationKinds.ROTATION_MISSED.key(),
                            subject.link(),
                            missed.startsAt().toString(),
                            List.of(
                                    subject.engagement().organisationName(),
                                    EventAnnouncements.excerpt(
                                            subject.engagement().description()),
                                    from.toString(),
                                    to.toString())),
                    subject);
        });
    }
}
