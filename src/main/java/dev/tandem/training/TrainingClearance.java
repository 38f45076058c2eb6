package dev.tandem.training;

import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import dev.tandem.training.access.TrainingAccess;
import dev.tandem.training.listing.Standings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's answer to "is this person cleared for this work now?", for site access, mentors and any module that
 * lets people work: every competence required of them (of everyone, their position, their roles, the area they work
 * in), of the area the work is in, and those the work names, valid today on the person's site.
 */
@Service
@Transactional(readOnly = true)
public class TrainingClearance {

    private final Standings standings;
    private final CompetenceCatalogue catalogue;
    private final OrganisationDirectory directory;
    private final PlantStructure plant;
    private final Clock clock;

    TrainingClearance(
            Standings standings,
            CompetenceCatalogue catalogue,
            OrganisationDirectory directory,
            PlantStructure plant,
            Clock clock) {
        this.standings = standings;
        this.catalogue = catalogue;
        this.directory = directory;
        this.plant = plant;
        this.clock = clock;
    }

    /**
     * What work asks of a person beyond what their position and roles require.
     *
     * @param areaId the area the work is in, whose requirements apply; null for none
     * @param competenceCodes competences the work itself needs, by code ({@code HOT_WORK})
     */
    public record Work(UUID areaId, Set<String> competenceCodes) {

        public Work {
            competenceCodes = competenceCodes == null ? Set.of() : Set.copyOf(competenceCodes);
        }

        /** Work anywhere on site: what the person's position, roles and the area they work in require. */
        public static Work onSite() {
            return new Work(null, Set.of());
        }

        public static Work inArea(UUID areaId, String... competenceCodes) {
            return new Work(areaId, Set.of(competenceCodes));
        }
    }

    /** A required competence and where the person stands in it. */
    public record Requirement(UUID competenceId, String code, Standing standing, LocalDate expiresOn) {}

    /**
     * Whether the person is cleared, with every competence the work requires of them; those that do not clear them
     * are the gaps.
     */
    public record Clearance(UUID personId, LocalDate on, boolean cleared, List<Requirement> requirements) {

        public List<Requirement> gaps() {
            return requirements.stream()
                    .filter(requirement -> !requirement.standing().clears())
                    .toList();
        }
    }

    /**
     * @throws NotFoundException when the person is not a current person of a current organisation
     * @throws InvalidRequestException on {@code competenceCodes} naming a competence the catalogue does not have
     */
    public Clearance clearedNow(UUID personId, Work work) {
        return clearedNow(personId, work, Viewer.system());
    }

    /** The same, asked by a viewer: a person whose training the viewer does not read is not found. */
    public Clearance clearedNow(UUID personId, Work work, Viewer viewer) {
        var person = directory
                .membership(personId)
                .filter(member -> TrainingAccess.canReadPerson(viewer, member))
                .orElseThrow(() -> new NotFoundException("Person", personId));
        var named = competencesCoded(work.competenceCodes());
        var passes = standings
                .of(List.of(personId), work.areaId(), named, Instant.now(clock))
                .getOrDefault(personId, Map.of());
        var today = passes.values().stream()
                .findFirst()
                .map(Standings.Passes::onDay)
                .orElseGet(() -> LocalDate.now(clock.withZone(plant.siteTimes().zone(person.siteId()))));
        var codes = catalogue.current().stream().collect(Collectors.toMap(Competence::id, Competence::code));
        var requirements = passes.values().stream()
                .map(held -> new Requirement(
                        held.competenceId(), codes.get(held.competenceId()), held.standing(), held.expiresOn()))
                .sorted(Comparator.comparing(Requirement::code))
                .toList();
        boolean cleared = requirements.stream()
                .allMatch(requirement -> requirement.standing().clears());
        return new Clearance(personId, today, cleared, requirements);
    }

    /**
     * The competences required of each of the people, by person (none for a person of whom nothing is required): what
     * everyone, their position, their roles and the area they work in ask, read for many people at once.
     */
    public Map<UUID, Set<UUID>> requiredOf(Collection<UUID> people) {
        var result = new HashMap<UUID, Set<UUID>>();
        standings
                .of(people, null, Set.of(), Instant.now(clock))
                .forEach((person, passes) -> result.put(person, Set.copyOf(passes.keySet())));
        return result;
    }

    /**
     * Whether the person holds a mentor's qualification today: every competence of the catalogue marked as a mentor's
     * is valid for them (none marked: nobody qualifies).
     */
    public boolean qualifiedMentorNow(UUID personId) {
        var mentorCodes = catalogue.current().stream()
                .filter(Competence::mentor)
                .map(Competence::code)
                .collect(Collectors.toSet());
        if (mentorCodes.isEmpty()) {
            return false;
        }
        return clearedNow(personId, new Work(null, mentorCodes)).requirements().stream()
                .filter(requirement -> mentorCodes.contains(requirement.code()))
                .allMatch(requirement -> requirement.standing().clears());
    }

    private Set<UUID> competencesCoded(Set<String> codes) {
        var byCode = catalogue.current().stream()
                .collect(Collectors.toMap(competence -> competence.code().toLowerCase(Locale.ROOT), Competence::id));
        var ids = new HashSet<UUID>();
        for (var code : codes) {
            var id = byCode.get(code.strip().toLowerCase(Locale.ROOT));
            if (id == null) {
                throw new InvalidRequestException("competence", "training.rule.noSuchCompetenceCode", code);
            }
            ids.add(id);
        }
        return ids;
    }
}
