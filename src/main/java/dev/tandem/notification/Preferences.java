package dev.tandem.notification;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a person asked of their notifications: the INFO kinds they muted and their quiet hours. Neither ever holds
 * back a CRITICAL notification, and the notification itself is always stored in the inbox.
 *
 * @param version changes with every save; 0 while the person has saved nothing
 */
public record Preferences(UUID personId, Set<String> mutedKinds, Optional<QuietHours> quietHours, long version) {

    public Preferences {
        mutedKinds = Set.copyOf(mutedKinds);
    }

    static Preferences none(UUID personId) {
        return new Preferences(personId, Set.of(), Optional.empty(), 0);
    }
}
