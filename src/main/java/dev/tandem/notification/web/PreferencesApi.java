package dev.tandem.notification.web;

import dev.tandem.notification.ChangePreferences;
import dev.tandem.notification.NotificationPreferences;
import dev.tandem.notification.Preferences;
import dev.tandem.notification.QuietHours;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Versions;
import java.time.LocalTime;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One's own notification preferences: the INFO kinds muted and the quiet hours. */
@RestController
@RequestMapping("/api/v1/notification-preferences")
class PreferencesApi {

    private final NotificationPreferences preferences;

    PreferencesApi(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    ResponseEntity<PreferencesView> get(Viewer viewer) {
        var own = preferences.of(viewer);
        return Versions.tagged(own.version(), PreferencesView.of(own));
    }

    @PutMapping
    ResponseEntity<PreferencesView> change(
            Precondition precondition, @RequestBody ChangePreferences change, Viewer viewer) {
        var own = preferences.change(change, precondition, viewer);
        return Versions.tagged(own.version(), PreferencesView.of(own));
    }

    /** Preferences as the API shows them; quiet hours on the clock of the person's site, or both null. */
    record PreferencesView(Set<String> mutedKinds, LocalTime quietFrom, LocalTime quietUntil) {

        static PreferencesView of(Preferences preferences) {
            return new PreferencesView(
                    new TreeSet<>(preferences.mutedKinds()),
                    preferences.quietHours().map(QuietHours::from).orElse(null),
                    preferences.quietHours().map(QuietHours::until).orElse(null));
        }
    }
}
