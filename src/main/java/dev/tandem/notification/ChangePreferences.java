package dev.tandem.notification;

import java.time.LocalTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A person's new preferences: the kinds to mute (INFO kinds only) and quiet hours (both times, or neither).
 *
 * @param quietFrom the start of the quiet hours on the site's clock; null for none
 * @param quietUntil their end; null for none
 */
public record ChangePreferences(Set<String> mutedKinds, LocalTime quietFrom, LocalTime quietUntil) {

    public ChangePreferences {
        // a null among them is refused as no kind when checked, not here where it could only fail
        mutedKinds = mutedKinds == null ? Set.of() : Collections.unmodifiableSet(new HashSet<>(mutedKinds));
    }
}
