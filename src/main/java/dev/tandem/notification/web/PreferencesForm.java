package dev.tandem.notification.web;

import dev.tandem.notification.ChangePreferences;
import dev.tandem.notification.Preferences;
import dev.tandem.notification.QuietHours;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** One's own preferences on their page: the INFO kinds muted and the quiet hours, as a time input sends them. */
record PreferencesForm(
        Set<String> mutedKinds,
        @DateTimeFormat(pattern = "HH:mm") LocalTime quietFrom,
        @DateTimeFormat(pattern = "HH:mm") LocalTime quietUntil) {

    PreferencesForm {
        mutedKinds = mutedKinds == null ? Set.of() : Set.copyOf(mutedKinds);
    }

    static PreferencesForm of(Preferences preferences) {
        return new PreferencesForm(
                preferences.mutedKinds(),
                preferences.quietHours().map(QuietHours::from).orElse(null),
                preferences.quietHours().map(QuietHours::until).orElse(null));
    }

    ChangePreferences command() {
        return new ChangePreferences(mutedKinds, quietFrom, quietUntil);
    }
}
