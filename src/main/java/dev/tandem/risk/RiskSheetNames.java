package dev.tandem.risk;

import dev.tandem.organisation.OrganisationDirectory.OwnerPerson;
import dev.tandem.organisation.OrganisationQueries.SitePlaces;
import dev.tandem.shared.imports.SheetCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the cells of a spreadsheet name, resolved once per import: sites and their areas, hazard categories (by name in
 * either language or by code) and the people of the owner company (by name, or by e-mail where names repeat).
 */
final class RiskSheetNames {

    /** A site and its areas by name. */
    record NamedSite(UUID id, String name, Map<String, UUID> areas) {}

    private final Map<String, NamedSite> sites = new HashMap<>();
    private final Map<String, UUID> categories = new HashMap<>();
    private final Map<String, List<UUID>> ownersByName = new HashMap<>();
    private final Map<String, UUID> ownersByEmail = new HashMap<>();

    RiskSheetNames(List<SitePlaces> places, List<HazardCategory> taxonomy, List<OwnerPerson> owners) {
        for (var site : places) {
            var areas = new HashMap<String, UUID>();
            site.areas().forEach(area -> areas.putIfAbsent(key(area.label()), area.id()));
            sites.put(key(site.siteName()), new NamedSite(site.siteId(), site.siteName(), areas));
        }
        for (var category : taxonomy) {
            categories.put(key(category.code()), category.id());
            categories.put(key(category.nameEn()), category.id());
            categories.put(key(category.nameRu()), category.id());
        }
        var byName = new HashMap<String, List<UUID>>();
        for (var owner : owners) {
            byName.computeIfAbsent(key(owner.fullName()), name -> new java.util.ArrayList<>())
                    .add(owner.id());
            if (owner.email() != null) {
                ownersByEmail.put(key(owner.email()), owner.id());
            }
        }
        byName.forEach((name, ids) -> ownersByName.put(name, List.copyOf(ids)));
    }

    Optional<NamedSite> site(String name) {
        return Optional.ofNullable(sites.get(key(name)));
    }

    Optional<UUID> category(String name) {
        return Optional.ofNullable(categories.get(key(name)));
    }

    /**
     * The people a cell may mean: one by e-mail ({@code Name <mail>} or the bare address), else everyone of that name
     * (several when names repeat; none when nobody of the owner company has it).
     */
    List<UUID> owners(String cell) {
        var text = cell.strip();
        int open = text.lastIndexOf('<');
        var email = open >= 0 && text.endsWith(">") ? text.substring(open + 1, text.length() - 1) : text;
        var byEmail = ownersByEmail.get(key(email));
        if (byEmail != null) {
            return List.of(byEmail);
        }
        return ownersByName.getOrDefault(key(open >= 0 ? text.substring(0, open) : text), List.of());
    }

    private static String key(String name) {
        return SheetCheck.key(name);
    }
}
