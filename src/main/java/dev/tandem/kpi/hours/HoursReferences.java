package dev.tandem.kpi.hours;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.HSE_SPECIALIST;

import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.SiteFilter;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The current sites and the organisations a viewer may record hours for, looked up once per request: the safety
 * department and administrators record for everyone, a contractor's supervisor for their own organisation only.
 */
public final class HoursReferences {

    private final Map<UUID, String> siteCodes;
    private final Map<String, UUID> sitesByCode;
    private final Set<UUID> organisations;
    private final Map<String, List<UUID>> organisationsByName;

    private HoursReferences(
            Map<UUID, String> siteCodes,
            Map<String, UUID> sitesByCode,
            Set<UUID> organisations,
            Map<String, List<UUID>> organisationsByName) {
        this.siteCodes = siteCodes;
        this.sitesByCode = sitesByCode;
        this.organisations = organisations;
        this.organisationsByName = organisationsByName;
    }

    public static HoursReferences forKeeper(OrganisationQueries queries, Viewer viewer) {
        var sites = queries.sites(new SiteFilter(null, false), Paging.first(Paging.EXPORT_SIZE))
                .items();
        var siteCodes = sites.stream().collect(Collectors.toMap(site -> site.id(), site -> site.code()));
        var sitesByCode = new HashMap<String, UUID>();
        sites.forEach(site -> sitesByCode.put(key(site.code()), site.id()));
        var keepsEveryone = viewer.has(ADMIN, HSE_SPECIALIST);
        var options = queries.organisationOptions(viewer).stream()
                .filter(option -> keepsEveryone || option.id().equals(viewer.organisationId()))
                .toList();
        var byName = new HashMap<String, List<UUID>>();
        options.forEach(option -> byName.computeIfAbsent(key(option.label()), name -> new ArrayList<>())
                .add(option.id()));
        var ids = options.stream().map(option -> option.id()).collect(Collectors.toUnmodifiableSet());
        return new HoursReferences(siteCodes, sitesByCode, ids, byName);
    }

    public boolean isCurrentSite(UUID site) {
        return siteCodes.containsKey(site);
    }

    UUID siteByCode(String code) {
        return sitesByCode.get(key(code));
    }

    public boolean mayRecordFor(UUID organisation) {
        return organisations.contains(organisation);
    }

    /** The organisations of this name (any case), or the one of this id; none when unknown to the viewer. */
    List<UUID> organisationsNamed(String idOrName) {
        try {
            var id = UUID.fromString(idOrName.trim());
            return mayRecordFor(id) ? List.of(id) : List.of();
        } catch (IllegalArgumentException notAnId) {
            return organisationsByName.getOrDefault(key(idOrName), List.of());
        }
    }

    private static String key(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
