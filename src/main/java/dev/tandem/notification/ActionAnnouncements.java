package dev.tandem.notification;

import dev.tandem.action.ActionDueSoon;
import dev.tandem.action.ActionOverdue;
import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionProgressed;
import dev.tandem.action.ActionRaised;
import dev.tandem.action.ActionStatus;
import dev.tandem.action.CorrectiveAction;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
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

    private final ActionPlanning actions;
    private final Notifications notifications;
    private final NotifiedRecords records;
    private final News news;

    ActionAnnouncements(ActionPlanning actions, Notifications notifications, NotifiedRecords records, News news) {
        this.actions = actions;
        this.notifications = notifications;
        this.records = records;
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

    /** @param happened when what is told happened */
    private void announce(
            NotificationKind kind, UUID actionId, String occasion, Function<CorrectiveAction, Instant> happened) {
        CorrectiveAction action;
        try {
            action = actions.action(actionId, Viewer.system());
        } catch (NotFoundException gone) {
            return;
        }
        var link = ActionSubjects.link(actionId);
        if (!news.fresh(happened.apply(action)) || records.settled(kind.key(), link)) {
            return;
        }
        notifications.post(new Announcement(
                kind.key(),
                link,
                occasion,
                List.of(action.title(), action.dueDate().toString())));
    }
}
