package dev.tandem.identity.signin;

import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Builds the viewer of an account from the person and organisation it belongs to. */
@Component
class Viewers {

    private final OrganisationDirectory directory;

    Viewers(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /** Empty when the account's person or organisation has been voided: such an account cannot sign in. */
    Optional<Viewer> of(UUID accountId, String username, UUID personId, Set<Role> roles) {
        return directory
                .membership(personId)
                .map(membership -> new Viewer(
                        accountId,
                        username,
                        membership.fullName(),
                        membership.personId(),
                        membership.organisationId(),
                        membership.contractor(),
                        membership.siteId(),
                        roles));
    }
}
