package dev.tandem.contractor.web;

import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.training.CompetenceCatalogue;
import dev.tandem.training.TrainingApprovals;
import dev.tandem.training.TrainingEvidence;
import dev.tandem.training.TrainingLog;
import org.springframework.stereotype.Component;

/**
 * What a contractor's supervisor keeps from the portal, each through the module that owns it: the organisation's
 * contacts and people (organisation), its people's training records and the files that prove them (training).
 */
@Component
record PortalKeeping(
        OrganisationRegister organisations,
        OrganisationQueries people,
        TrainingLog training,
        TrainingEvidence evidence,
        TrainingApprovals approvals,
        CompetenceCatalogue competences) {}
