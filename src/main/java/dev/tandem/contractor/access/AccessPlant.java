package dev.tandem.contractor.access;

import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.training.CompetenceCatalogue;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the access check reads of the plant: the day, a contractor's name and status, a competence's name. */
@Component
class AccessPlant {

    private final PlantDay day;
    private final OrganisationDirectory directory;
    private final CompetenceCatalogue catalogue;
    private final JdbcClient jdbc;

    AccessPlant(PlantDay day, OrganisationDirectory directory, CompetenceCatalogue catalogue, JdbcClient jdbc) {
        this.day = day;
        this.directory = directory;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
    }

    LocalDate today() {
        return day.today();
    }

    String organisationName(UUID organisationId) {
        return directory.organisationName(organisationId).orElse("");
    }

    OrganisationStatus status(UUID organisationId) {
        return jdbc.sql("select status from organisation where id = :id")
                .param("id", organisationId)
                .query(OrganisationStatus.class)
                .single();
    }

    /** A competence by its name in the reader's language. */
    String competenceName(UUID competenceId) {
        return catalogue
                .findCompetence(competenceId)
                .map(competence -> competence.name(org.springframework.context.i18n.LocaleContextHolder.getLocale()))
                .orElse("");
    }
}
