package dev.tandem.organisation;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.HSE_SPECIALIST;

import dev.tandem.history.History;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
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
    private final OrganisationRegister register;
    private final History history;
    private final Clock clock;

    PlantStructure(
            Enterprises enterprises,
            Sites sites,
            Areas areas,
            OrganisationRegister register,
            History history,
            Clock clock) {
        this.enterprises = enterprises;
        this.sites = sites;
        this.areas = areas;
        this.register = register;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Enterprise enterprise() {
        return enterprises.findAll().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The enterprise row is created by migration V3"));
    }

    public Enterprise updateEnterprise(EnterpriseForm form, Viewer viewer) {
        viewer.requireRole(ADMIN);
        var enterprise = enterprise();
        var before = enterprise.snapshot();
        enterprise.apply(form);
        enterprise = enterprises.save(enterprise);
        history.updated(before, enterprise, viewer);
        return enterprise;
    }

    @Transactional(readOnly = true)
    public Site site(UUID id) {
        return sites.findById(id).orElseThrow(() -> new NotFoundException("Site", id));
    }

    /** Creates a site; a repeated request with the same id returns the stored site. */
    public Site createSite(UUID id, SiteForm form, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        var requested = id == null ? UUID.randomUUID() : id;
        var existing = sites.findById(requested);
        if (existing.isPresent()) {
            return existing.get();
        }
        var site = sites.save(Site.of(requested, form));
        history.created(site, viewer);
        return site;
    }

    public Site updateSite(UUID id, SiteForm form, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        var site = site(id);
        var before = site.snapshot();
        site.apply(form);
        site = sites.save(site);
        history.updated(before, site, viewer);
        return site;
    }

    public Site voidSite(UUID id, String reason, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        var site = site(id);
        site.voidBecause(reason, viewer, Instant.now(clock));
        site = sites.save(site);
        history.voided(site, reason, viewer);
        return site;
    }

    @Transactional(readOnly = true)
    public Area area(UUID id) {
        return areas.findById(id).orElseThrow(() -> new NotFoundException("Area", id));
    }

    /** Creates an area; a repeated request with the same id returns the stored area. */
    public Area createArea(UUID id, AreaForm form, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        var requested = id == null ? UUID.randomUUID() : id;
        var existing = areas.findById(requested);
        if (existing.isPresent()) {
            return existing.get();
        }
        checkReferences(form, viewer);
        var area = areas.save(Area.of(requested, form));
        history.created(area, viewer);
        return area;
    }

    public Area updateArea(UUID id, AreaForm form, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        var area = area(id);
        checkReferences(form, viewer);
        var before = area.snapshot();
        area.apply(form);
        area = areas.save(area);
        history.updated(before, area, viewer);
        return area;
    }

    public Area voidArea(UUID id, String reason, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        var area = area(id);
        area.voidBecause(reason, viewer, Instant.now(clock));
        area = areas.save(area);
        history.voided(area, reason, viewer);
        return area;
    }

    private void checkReferences(AreaForm form, Viewer viewer) {
        var site = sites.findById(form.siteId()).filter(s -> !s.isVoided());
        if (site.isEmpty()) {
            throw new InvalidRequestException("siteId", "No such site.");
        }
        if (form.ownerId() != null) {
            var owner = register.findPerson(form.ownerId(), viewer);
            if (owner.isEmpty()
                    || owner.get().isVoided()
                    || !register.isOwnerCompany(owner.get().organisationId())) {
                throw new InvalidRequestException(
                        "ownerId", "The owner must be a current person of the owner company.");
            }
        }
    }
}
