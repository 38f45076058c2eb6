package dev.tandem.notification;

import dev.tandem.action.ActionDueSoon;
import dev.tandem.action.ActionOverdue;
import dev.tandem.action.ActionProgressed;
import dev.tandem.action.ActionRaised;
import dev.tandem.action.ActionStatus;
import dev.tandem.action.CorrectiveAction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The action module's news as notifications: an action assigned to its owner, due soon, overdue, and done (waiting
 * for someone to verify it). Who hears of each is the rules' business; what is settled or old by the time it is
 * handled is not told.
 */
@Component
class ActionAnnouncements {

    /** A reminder is sent when it is due: it is news whenever its action was raised (never before MAX). */
    private static final Function<CorrectiveAction, Instant> RIGHT_NOW = action -> Instant.MAX;

    private final ActionSubjects subjects;
    private final Notifications notifications;
    private final News news;

    ActionAnnouncements(ActionSubjects subjects, Notifications notifications, News news) {
        this.subjects = subjects;
        this.notifications = notifications;
        this.news = news;
    }

    @ApplicationModuleListener
    void on(ActionRaised raised) {
        announce(NotificationKinds.ACTION_ASSIGNED, raised.actionId(), "", CorrectiveAction::createdAt);
    }

    @ApplicationModuleListener
    void on(ActionDueSoon due) {
        announce(
                NotificationKinds.ACTION_DUE_SOON, due.actionId(), due.dueDate().toString(), RIGHT_NOW);
    }

    @ApplicationModuleListener
    void on(ActionOverdue overdue) {
        announce(
                NotificationKinds.ACTION_OVERDUE,
                overdue.actionId(),
                overdue.dueDate().toString(),
                RIGHT_NOW);
    }

    @ApplicationModuleListener
    void on(ActionProgressed progressed) {
        if (progressed.status() == ActionStatus.DONE) {
            announce(
                    NotificationKinds.ACTION_TO_VERIFY,
                    progressed.actionId(),
                    progressed.at().toString(),
                    action -> progressed.at());
        }
    }

    /**
     * Tells of the action, read once for all of it; nothing of an action that is gone.
     *
     * @param happened when what is told happened
     */
    private void announce(
            NotificationKind kind, UUID actionId, String occasion, Function<CorrectiveAction, Instant> happened) {
        var found = subjects.action(actionId);
        if (found.isEmpty()) {
            return;
        }
        var subject = found.get();
        var action = subject.action();
        if (!news.fresh(happened.apply(action)) || subject.settledFor(kind.key())) {
            return;
        }
        notifications.post(
                new Announcement(
                        kind.key(),
                        subject.link(),
                        occasion,
                        List.of(action.title(), action.dueDate().toString())),
                subject);
    }
}
