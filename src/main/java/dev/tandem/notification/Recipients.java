package dev.tandem.notification;

import dev.tandem.identity.AccountHolders;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a role relative to a record: the people with an account who would hear of it. Nobody is named who may
 * not read the record (a contractor never hears of another contractor's records), whatever the role. The area manager
 * of a record without an area is its site's safety department.
 */
@Component
@Transactional(readOnly = true)
public class Recipients {

    private final NotifiedRecords records;
    private final AccountHolders holders;
    private final PlantStructure plant;

    Recipients(NotifiedRecords records, AccountHolders holders, PlantStructure plant) {
        this.records = records;
        this.holders = holders;
        this.plant = plant;
    }

    /** The people who hold any of the roles relative to the record and may read it; none when the record is gone. */
    public Set<UUID> of(Collection<RecipientRole> roles, RecordLink record) {
        return records.subject(record)
                .map(subject -> Set.copyOf(viewers(roles, subject).keySet()))
                .orElse(Set.of());
    }

    /** The viewers, by person, who hold any of the roles relative to the subject and may read it. */
    Map<UUID, Viewer> viewers(Collection<RecipientRole> roles, Subject subject) {
        var found = new LinkedHashMap<UUID, Viewer>();
        var named = new HashSet<UUID>();
        for (var role : roles) {
            switch (role) {
                case OWNER -> named.add(subject.ownerPersonId());
                case AREA_MANAGER -> {
                    if (subject.areaId() == null) {
                        // a record without an area (an action raised with no source event, an event placed only on
                        // its site) has no area manager; its site's safety department, who follow such records up,
                        // hear instead of nobody, and the rules page says which kinds this concerns
                        holdersOf(RecipientRole.SITE_HSE, subject)
                                .forEach(viewer -> found.put(viewer.personId(), viewer));
                    } else {
                        named.add(areaOwner(subject.areaId()));
                    }
                }
                case MANAGING_DIRECTOR -> named.add(plant.enterprise().managingDirectorId());
                case ATTENDEE -> named.addAll(subject.attendeePersonIds());
                default -> holdersOf(role, subject).forEach(viewer -> found.put(viewer.personId(), viewer));
            }
        }
        named.remove(null);
        named.removeAll(found.keySet());
        found.putAll(holders.viewersOf(named));
        found.values().removeIf(viewer -> !subject.readableBy(viewer));
        return found;
    }

    private UUID areaOwner(UUID areaId) {
        return plant.currentArea(areaId).map(area -> area.ownerId()).orElse(null);
    }

    private Stream<Viewer> holdersOf(RecipientRole role, Subject subject) {
        return switch (role) {
            case SITE_HSE ->
                ownHolders(Role.HSE_SPECIALIST)
                        .filter(viewer ->
                                viewer.siteId() == null || viewer.siteId().equals(subject.siteId()));
            case SITE_HSE_LEAD -> siteHseLead(subject);
            case SITE_DIRECTOR ->
                ownHolders(Role.DIRECTOR).filter(viewer -> Objects.equals(viewer.siteId(), subject.siteId()));
            case CONTRACTOR_SUPERVISOR ->
                holders.holding(Role.CONTRACTOR_SUPERVISOR).stream()
                        .filter(viewer ->
                                viewer.contractor() && viewer.organisationId().equals(subject.organisationId()));
            default -> Stream.empty();
        };
    }

    /** The lead the site names, if they sign in; else the site's safety department. */
    private Stream<Viewer> siteHseLead(Subject subject) {
        var lead = plant.currentSite(subject.siteId()).map(site -> site.hseLeadId());
        var signsIn = lead.map(person -> holders.viewersOf(Set.of(person))).orElse(Map.of());
        return signsIn.isEmpty() ? holdersOf(RecipientRole.SITE_HSE, subject) : signsIn.values().stream();
    }

    private Stream<Viewer> ownHolders(Role role) {
        List<Viewer> all = holders.holding(role);
        return all.stream().filter(viewer -> !viewer.contractor());
    }
}
