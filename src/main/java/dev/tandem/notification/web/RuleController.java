package dev.tandem.notification.web;

import dev.tandem.notification.CurrentSites;
import dev.tandem.notification.NotificationKind;
import dev.tandem.notification.NotificationKinds;
import dev.tandem.notification.RecipientRole;
import dev.tandem.notification.Subscriptions;
import dev.tandem.notification.Subscriptions.ChangeSubscriptions;
import dev.tandem.notification.UnheldRoles;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Who hears of each kind at each site (the subscriptions), with the rules and ladder steps that name a role nobody
 * holds, for the safety department and administrators.
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
        var byKind = new HashMap<String, Map<String, Set<RecipientRole>>>();
        for (var subscription : subscriptions.all(viewer)) {
            var site = subscription.siteId() == null
                    ? EVERY_SITE
                    : subscription.siteId().toString();
            byKind.computeIfAbsent(subscription.kind(), kind -> new HashMap<>()).put(site, subscription.roles());
        }
        model.addAttribute(
                "kinds",
                NotificationKinds.all().stream()
                        .map(kind -> new KindRules(kind, byKind.getOrDefault(kind.key(), Map.of())))
                        .toList());
        model.addAttribute("sites", sites.all());
        model.addAttribute("roles", RecipientRole.values());
        model.addAttribute("unheld", unheld.all(viewer));
        return "notifications/rules";
    }

    @PostMapping("/notifications/rules/{kind}")
    String change(@PathVariable String kind, @RequestParam MultiValueMap<String, String> form, Viewer viewer) {
        var own = new HashMap<UUID, Set<RecipientRole>>();
        for (var site : form.getOrDefault("own", List.of())) {
            var id = siteId(site);
            own.put(id, roles(form, "roles-" + id));
        }
        subscriptions.change(kind, new ChangeSubscriptions(roles(form, EVERY_SITE), own), viewer);
        return "redirect:/notifications/rules?saved=" + kind + "#" + kind;
    }

    /** A kind's rules as the page shows them: by site id, or {@code roles-all} for every site. */
    record KindRules(NotificationKind kind, Map<String, Set<RecipientRole>> bySite) {

        public boolean hasOwn(String site) {
            return bySite.containsKey(site);
        }

        public boolean tells(String site, RecipientRole role) {
            return bySite.getOrDefault(site, Set.of()).contains(role);
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
