package dev.tandem.risk;

import dev.tandem.organisation.Area;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a risk or a control names, checked against the plant: the area (and so the site), the hazard category, an owner
 * of the owner company, an external id no other risk has; and what time and day it is in the enterprise.
 */
@Component
class RiskReferences {

    private final PlantStructure plant;
    private final OrganisationDirectory directory;
    private final HazardTaxonomy taxonomy;
    private final JdbcClient jdbc;
    private final Clock clock;

    RiskReferences(
            PlantStructure plant,
            OrganisationDirectory directory,
            HazardTaxonomy taxonomy,
            JdbcClient jdbc,
            Clock clock) {
        this.plant = plant;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Checks every reference of the details and answers the area they name. */
    Area check(IdentifyRisk details, UUID riskId) {
        var area = plant.currentArea(details.areaId())
                .orElseThrow(() -> new InvalidRequestException("areaId", "rule.noSuchArea"));
        if (taxonomy.currentCategory(details.hazardCategoryId()).isEmpty()) {
            throw new InvalidRequestException("hazardCategoryId", "rule.noSuchHazardCategory");
        }
        requireOwner(details.ownerPersonId(), "ownerPersonId");
        requireFreeExternalId(details.externalId(), riskId);
        return area;
    }

    /** An owner is a current person of the owner company. */
    void requireOwner(UUID personId, String field) {
        var owner = directory
                .membership(personId)
                .orElseThrow(() -> new InvalidRequestException(field, "rule.noSuchPerson"));
        if (owner.contractor()) {
            throw new InvalidRequestException(field, "rule.riskOwnerOfOwnerCompany");
        }
    }

    private void requireFreeExternalId(String externalId, UUID riskId) {
        if (externalId == null || externalId.isBlank()) {
            return;
        }
        boolean taken =
                jdbc.sql("select count(*) from risk_entry where lower(external_id) = lower(:external) and id <> :id")
                                .param("external", externalId.strip())
                                .param("id", riskId)
                                .query(Long.class)
                                .single()
                        > 0;
        if (taken) {
            throw new InvalidRequestException("externalId", "rule.externalIdTaken");
        }
    }

    Instant now() {
        return Instant.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(plant.enterprise().zone()));
    }
}
