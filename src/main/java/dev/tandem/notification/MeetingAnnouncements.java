package dev.tandem.notification;

import dev.tandem.meeting.MeetingHeld;
import dev.tandem.organisation.PlantStructure;
import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A meeting held, told to those the rules name (by default everyone on its list of attendees who signs in) with a link
 * to its minutes, each once: whose meeting it was and its day on the site's clock are in the message.
 */
@Component
class MeetingAnnouncements {

    private final MeetingSubjects subjects;
    private final PlantStructure plant;
    private final Notifications notifications;
    private final News news;

    MeetingAnnouncements(MeetingSubjects subjects, PlantStructure plant, Notifications notifications, News news) {
        this.subjects = subjects;
        this.plant = plant;
        this.notifications = notifications;
        this.news = news;
    }

    @ApplicationModuleListener
    void on(MeetingHeld held) {
        if (!news.fresh(held.heldAt())) {
            return;
        }
        subjects.meeting(held.meetingId()).ifPresent(subject -> {
            var day = LocalDate.ofInstant(held.heldAt(), plant.siteTimes().zone(held.siteId()));
            notifications.post(
                    new Announcement(
                            NotificationKinds.MEETING_MINUTES.key(),
                            subject.link(),
                            null,
                            List.of(subject.meeting().whose(), day.toString())),
                    subject);
        });
    }
}
