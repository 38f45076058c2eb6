package dev.tandem.organisation;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.HSE_SPECIALIST;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.History;
import dev.tandem.history.ReadRule;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise, its sites and their areas. Everyone signed in reads them; administrators and the safety
 * department change them. Every change lands in the history.
 */
@Service
@Transactional
public class PlantStructure {

    private final Enterprises enterprises;
    private final Sites sites;
    private final Areas areas;
    private final AuditedRecords<Enterprise> enterpriseRecords;
    private final AuditedRecords<Site> siteRecords;
    private final AuditedRecords<Area> areaRecords;
    private final OrganisationRegister register;

    PlantStructure(Enterprises enterprises, Sites sites, Areas areas, OrganisationRegister register, History history) {

        this.enterprises = enterprises;
        this.sites = sites;
        this.areas = areas;
        this.enterpriseRecords = history.auditing(enterprises, ReadRule.everyone());
        this.siteRecords = history.auditing(sites, ReadRule.everyone());
        this.areaRecords = history.auditing(areas, ReadRule.everyone());
        this.register = register;
    }

    @Transactional(readOnly = true)
    public Enterprise enterprise() {
        return enterprises.findAll().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The enterprise row is created by migration V3"));
    }

    /**
     * @throws InvalidRequestException on {@code managingDirectorId} for anyone but a current person of the owner
     *     company
     */
    public Enterprise updateEnterprise(Precondition precondition, ConfigureEnterprise command, Viewer viewer) {
        viewer.requireRole(ADMIN);
        requireOwnStaff(command.managingDirectorId(), "managingDirectorId", "rule.managingDirector", viewer);
        return enterpriseRecords.change(enterprise(), precondition, enterprise -> enterprise.apply(command), viewer);
    }

    /** The time zone of every site (voided ones too: their records keep their times). */
    @Transactional(readOnly = true)
    public SiteTimes siteTimes() {
        var zones = new java.util.HashMap<UUID, java.time.ZoneId>();
        sites.findAll().forEach(site -> zones.put(site.id(), java.time.ZoneId.of(site.timeZone())));
        return new SiteTimes(zones, enterprise().zone());
    }

    /** Every site's name, voided or not, by id. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> siteNames() {
        var names = new java.util.HashMap<UUID, String>();
        sites.findAll().forEach(site -> names.put(site.id(), site.name()));
        return names;
    }

    @Transactional(readOnly = true)
    public Site site(UUID id) {
        return sites.findById(id).orElseThrow(() -> new NotFoundException("Site", id));
    }

    /** Creates a site; a repeated request with the same id returns the stored site. */
    public Site createSite(UUID id, DefineSite command, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        requireOwnStaff(command.hseLeadId(), "hseLeadId", "rule.hseLead", viewer);
        return siteRecords
                .create(id, CreateRule.checkedBefore(), newId -> Site.of(newId, command), viewer)
                .record();
    }

    public Site updateSite(UUID id, Precondition precondition, DefineSite command, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        requireOwnStaff(command.hseLeadId(), "hseLeadId", "rule.hseLead", viewer);
        return siteRecords.change(site(id), precondition, site -> site.apply(command), viewer);
    }

    public Site voidSite(UUID id, String reason, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        var site = site(id);
        return siteRecords.voidRecord(site, reason, viewer);
    }

    @Transactional(readOnly = true)
    public Area area(UUID id) {
        return areas.findById(id).orElseThrow(() -> new NotFoundException("Area", id));
    }

    /** A site that is in use (not voided), for records that name where something happened. */
    @Transactional(readOnly = true)
    public Optional<Site> currentSite(UUID id) {
        return id == null ? Optional.empty() : sites.findById(id).filter(site -> !site.isVoided());
    }

    /** An area that is in use (not voided). */
    @Transactional(readOnly = true)
    public Optional<Area> currentArea(UUID id) {
        return id == null ? Optional.empty() : areas.findById(id).filter(area -> !area.isVoided());
    }

    /** Creates an area; a repeated request with the same id returns the stored area. */
    public Area createArea(UUID id, DefineArea command, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        checkReferences(command, viewer);
        return areaRecords
                .create(id, CreateRule.checkedBefore(), newId -> Area.of(newId, command), viewer)
                .record();
    }

    public Area updateArea(UUID id, Precondition precondition, DefineArea command, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        checkReferences(command, viewer);
        return areaRecords.change(area(id), precondition, area -> area.apply(command), viewer);
    }

    public Area voidArea(UUID id, String reason, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        var area = area(id);
        return areaRecords.voidRecord(area, reason, viewer);
    }

    private void checkReferences(DefineArea command, Viewer viewer) {
        var site = sites.findById(command.siteId()).filter(s -> !s.isVoided());
        if (site.isEmpty()) {
            throw new InvalidRequestException("siteId", "rule.noSuchSite");
        }
        requireOwnStaff(command.ownerId(), "ownerId", "rule.areaOwner", viewer);
    }

    /**
     * A person named, if one is, must be a current person of the owner company: who may own an area, lead a site's
     * safety department or head the enterprise.
     */
    private void requireOwnStaff(UUID personId, String field, String rule, Viewer viewer) {
        if (personId == null) {
            return;
        }
        var ownStaff = register.findPerson(personId, viewer)
                .filter(person -> !person.isVoided())
                .filter(person -> register.isOwnerCompany(person.organisationId()))
                .isPresent();
        if (!ownStaff) {
            throw new InvalidRequestException(field, rule);
        }
    }
}
