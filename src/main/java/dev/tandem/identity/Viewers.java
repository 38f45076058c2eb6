package dev.tandem.identity;

import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Builds the viewer of an account from the person and organisation it belongs to. */
@Component
class Viewers {

    private final OrganisationDirectory directory;

    Viewers(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /** Empty when the account's person or organisation has been voided: such an account cannot sign in. */
    Optional<Viewer> of(UserAccount account) {
        return directory
                .membership(account.personId())
                .map(membership -> new Viewer(
                        account.id(),
                        account.username(),
                        membership.fullName(),
                        membership.personId(),
                        membership.organisationId(),
                        membership.contractor(),
                        membership.siteId(),
                        account.roles()));
    }
}
