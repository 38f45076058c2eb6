package dev.tandem.organisation.web;

import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.util.List;
import java.util.UUID;

/** A form's choice of a person of the owner company (an area's owner, a site's HSE lead). */
final class OwnStaffChoices {

    private OwnStaffChoices() {}

    /** Editors choose among the owner company's people; everyone else sees only the one chosen, if any. */
    static List<Option> of(OrganisationQueries queries, UUID chosen, Viewer viewer) {
        if (viewer.has(Role.ADMIN, Role.HSE_SPECIALIST)) {
            return queries.areaOwnerOptions(null, chosen);
        }
        return chosen == null
                ? List.of()
                : queries.personOption(chosen).stream().toList();
    }
}
