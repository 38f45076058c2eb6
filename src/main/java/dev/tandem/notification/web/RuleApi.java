package dev.tandem.notification.web;

import dev.tandem.notification.RecipientRole;
import dev.tandem.notification.RuleSet;
import dev.tandem.notification.Subscriptions;
import dev.tandem.notification.Subscriptions.ChangeSubscriptions;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Versions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who hears of each kind at each site, for the safety department and administrators; changes require If-Match. */
@RestController
@RequestMapping("/api/v1/notifications/rules")
class RuleApi {

    private final Subscriptions subscriptions;

    RuleApi(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /**
     * A kind's rules: the roles told for every site, and the sites with roles of their own instead.
     *
     * @param version the version to send back in {@code If-Match}, also this kind's ETag
     */
    record RuleView(String kind, Set<RecipientRole> everySite, Map<UUID, Set<RecipientRole>> ownBySite, Long version) {

        static RuleView of(RuleSet set) {
            return new RuleView(set.kind(), set.everySite(), set.ownBySite(), set.version());
        }
    }

    @GetMapping
    List<RuleView> list(Viewer viewer) {
        return subscriptions.all(viewer).stream().map(RuleView::of).toList();
    }

    @GetMapping("/{kind}")
    ResponseEntity<RuleView> get(@PathVariable String kind, Viewer viewer) {
        var set = subscriptions.one(kind, viewer);
        return Versions.tagged(set.version(), RuleView.of(set));
    }

    @PutMapping("/{kind}")
    ResponseEntity<RuleView> change(
            @PathVariable String kind,
            Precondition precondition,
            @RequestBody ChangeSubscriptions change,
            Viewer viewer) {
        var set = subscriptions.change(kind, change, precondition, viewer);
        return Versions.tagged(set.version(), RuleView.of(set));
    }
}
