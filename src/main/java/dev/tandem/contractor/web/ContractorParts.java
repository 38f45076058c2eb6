package dev.tandem.contractor.web;

import dev.tandem.contractor.DocumentFiling;
import dev.tandem.contractor.engagement.EngagementDesk;
import dev.tandem.contractor.prequalification.DocumentQueries;
import dev.tandem.contractor.prequalification.DocumentStanding;
import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.contractor.prequalification.PolicyRegister;
import dev.tandem.contractor.prequalification.QuestionnaireRates;
import dev.tandem.history.History;
import org.springframework.stereotype.Component;

/** What a contractor's page shows beside the contractor itself, gathered so the page's controller stays small. */
@Component
record ContractorParts(
        DocumentStanding standing,
        DocumentFiling filing,
        PolicyRegister policies,
        QuestionnaireRates rates,
        PlantDay day,
        History history,
        EngagementDesk engagements,
        DocumentQueries documents,
        DocumentExports exports) {}
