package dev.tandem.notification.web;

import dev.tandem.history.HistoryEntry;
import dev.tandem.notification.CurrentSites;
import dev.tandem.notification.RecipientRole;
import dev.tandem.notification.RuleSet;
import dev.tandem.notification.Subscriptions;
import dev.tandem.notification.Subscriptions.ChangeSubscriptions;
import dev.tandem.notification.UnheldRoles;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.StaleRecordException;
import dev.tandem.shared.Viewer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Who hears of each kind at each site (the subscriptions) with each kind's history, and the rules and ladder steps
 * that name a role nobody holds, for the safety department and administrators.
 */
@Controller
class RuleController {

    /** The form field of the roles for every site; a site's own roles come as {@code roles-<site id>}. */
    private static final String EVERY_SITE = "roles-all";

    private final Subscriptions subscriptions;
    private final UnheldRoles unheld;
    private final CurrentSites sites;

    RuleController(Subscriptions subscriptions, UnheldRoles unheld, CurrentSites sites) {
        this.subscriptions = subscriptions;
        this.unheld = unheld;
        this.sites = sites;
    }

    @GetMapping("/notifications/rules")
    String list(Viewer viewer, Model model) {
        model.addAttribute(
                "kinds",
                subscriptions.all(viewer).stream()
                        .map(set -> new KindRules(set, subscriptions.history(set, viewer)))
                        .toList());
        model.addAttribute("sites", sites.all());
        model.addAttribute("roles", RecipientRole.values());
        model.addAttribute("unheld", unheld.all(viewer));
        model.addAttribute("fallbacks", unheld.fallingBack(viewer));
        return "notifications/rules";
    }

    /** Replaces a kind's rules, on the version the form was filled in on (a stale one changes nothing). */
    @PostMapping("/notifications/rules/{kind}")
    String change(
            @PathVariable String kind,
            @RequestParam MultiValueMap<String, String> form,
            Precondition precondition,
            Viewer viewer) {
        var own = new HashMap<UUID, Set<RecipientRole>>();
        for (var site : form.getOrDefault("own", List.of())) {
            var id = siteId(site);
            own.put(id, roles(form, "roles-" + id));
        }
        try {
            subscriptions.change(kind, new ChangeSubscriptions(roles(form, EVERY_SITE), own), precondition, viewer);
        } catch (StaleRecordException changedMeanwhile) {
            return "redirect:/notifications/rules?changedMeanwhile=" + kind + "#" + kind;
        }
        return "redirect:/notifications/rules?saved=" + kind + "#" + kind;
    }

    /** A kind's rules as the page shows them: by site id, or {@code roles-all} for every site; and their history. */
    record KindRules(RuleSet set, List<HistoryEntry> history) {

        public String key() {
            return set.kind();
        }

        public boolean hasOwn(String site) {
            return set.ownBySite().containsKey(UUID.fromString(site));
        }

        public boolean tells(String site, RecipientRole role) {
            var roles = EVERY_SITE.equals(site)
                    ? set.everySite()
                    : set.ownBySite().getOrDefault(UUID.fromString(site), Set.of());
            return roles.contains(role);
        }
    }

    private static Set<RecipientRole> roles(MultiValueMap<String, String> form, String field) {
        var roles = EnumSet.noneOf(RecipientRole.class);
        for (var role : form.getOrDefault(field, List.of())) {
            try {
                roles.add(RecipientRole.valueOf(role));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidRequestException(field, "rule.noSuchRole");
            }
        }
        return roles;
    }

    private static UUID siteId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidRequestException("own", "rule.noSuchSite");
        }
    }
}
