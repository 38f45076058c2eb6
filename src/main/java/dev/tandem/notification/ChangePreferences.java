package dev.tandem.notification;

import java.time.LocalTime;
import java.util.Set;

/**
 * A person's new preferences: the kinds to mute (INFO kinds only) and quiet hours (both times, or neither).
 *
 * @param quietFrom the start of the quiet hours on the site's clock; null for none
 * @param quietUntil their end; null for none
 */
public record ChangePreferences(Set<String> mutedKinds, LocalTime quietFrom, LocalTime quietUntil) {

    public ChangePreferences {
        mutedKinds = mutedKinds == null ? Set.of() : Set.copyOf(mutedKinds);
    }
}
