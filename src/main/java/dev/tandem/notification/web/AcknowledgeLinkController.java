package dev.tandem.notification.web;

import dev.tandem.notification.Notification;
import dev.tandem.notification.Notifications;
import dev.tandem.notification.delivery.AcknowledgeLinks;
import dev.tandem.notification.delivery.AcknowledgeLinks.Reading;
import dev.tandem.notification.delivery.AcknowledgeLinks.Verdict;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The acknowledge link of an e-mail, which works without signing in. Opening it shows the notification and one button;
 * the button acknowledges. Opening alone does not: mail scanners open every link of a message, and would otherwise
 * acknowledge for the recipient and stop the escalation that should reach someone else. A link that was altered,
 * has expired or names a notification that is not the person's gets a page that says so.
 */
@Controller
class AcknowledgeLinkController {

    private final AcknowledgeLinks links;
    private final Notifications notifications;
    private final Clock clock;

    AcknowledgeLinkController(AcknowledgeLinks links, Notifications notifications, Clock clock) {
        this.links = links;
        this.notifications = notifications;
        this.clock = clock;
    }

    @GetMapping(AcknowledgeLinks.PATH + "{token}")
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        var reading = links.read(token, Instant.now(clock));
        var notification = notification(reading);
        if (notification.isEmpty()) {
            return refused(reading, model, response);
        }
        model.addAttribute("notification", notification.get());
        model.addAttribute("action", AcknowledgeLinks.PATH + token);
        return "notifications/acknowledge";
    }

    @PostMapping(AcknowledgeLinks.PATH + "{token}")
    String acknowledge(@PathVariable String token, Model model, HttpServletResponse response) {
        var reading = links.read(token, Instant.now(clock));
        if (notification(reading).isEmpty()) {
            return refused(reading, model, response);
        }
        model.addAttribute("notification", notifications.acknowledge(reading.notificationId(), reading.personId()));
        model.addAttribute("acknowledged", true);
        return "notifications/acknowledge";
    }

    /** The notification a valid link names, if it is the person's. */
    private Optional<Notification> notification(Reading reading) {
        if (reading.verdict() != Verdict.VALID) {
            return Optional.empty();
        }
        return notifications.notification(reading.notificationId()).filter(found -> found.recipientPersonId()
                .equals(reading.personId()));
    }

    private static String refused(Reading reading, Model model, HttpServletResponse response) {
        var expired = reading.verdict() == Verdict.EXPIRED;
        response.setStatus(expired ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
        model.addAttribute("refusal", expired ? "acknowledge.expired" : "acknowledge.invalid");
        return "notifications/acknowledge";
    }
}
