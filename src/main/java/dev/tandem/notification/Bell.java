package dev.tandem.notification;

import dev.tandem.database.DatabaseNotifications;
import java.util.Collection;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Rings the bells of people whose inbox changed, on the open pages of every node: through the database, when the
 * transaction commits. A burst reaching many people rings every bell once rather than sending a message each.
 */
@Component
public class Bell {

    /** The channel on which nodes say whose inbox changed: a person's id, or {@link #EVERYONE}. */
    public static final String CHANNEL = "tandem_inbox_changed";

    public static final String EVERYONE = "*";

    /** Beyond this many people one message asks every open page to look again. */
    static final int ONE_BY_ONE = 50;

    private final DatabaseNotifications notifications;

    Bell(DatabaseNotifications notifications) {
        this.notifications = notifications;
    }

    void ring(Collection<UUID> people) {
        if (people.size() > ONE_BY_ONE) {
            notifications.send(CHANNEL, EVERYONE);
            return;
        }
        people.forEach(person -> notifications.send(CHANNEL, person.toString()));
    }
}
