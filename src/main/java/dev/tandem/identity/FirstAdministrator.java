package dev.tandem.identity;

import dev.tandem.identity.accounts.UserAccounts;
import dev.tandem.identity.signin.IdentityProperties;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.RegisterOrganisation;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * A fresh production database has nobody who could sign in: the first start opens an {@code admin} account (and
 * the owner company and a person for it, if missing). Its password is {@code tandem.identity.initial-admin-password}
 * or, when that is not set, a random one written once to the log.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts accounts;
    private final Accounts opening;
    private final OrganisationRegister register;
    private final IdentityProperties properties;
    private final TransactionTemplate transactions;

    FirstAdministrator(
            UserAccounts accounts,
            Accounts opening,
            OrganisationRegister register,
            IdentityProperties properties,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.opening = opening;
        this.register = register;
        this.properties = properties;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void openIfNobodyCanSignIn() {
        if (accounts.count() > 0) {
            return;
        }
        var configured = StringUtils.hasText(properties.initialAdminPassword());
        var password = configured ? properties.initialAdminPassword() : TemporaryPasswords.generate();
        transactions.executeWithoutResult(status -> {
            var system = Viewer.system();
            var owner = register.ownerCompany()
                    .orElseGet(() -> register.registerOwner(null, RegisterOrganisation.named("Owner company"), system));
            var person = register.addPerson(
                            null, RegisterPerson.named(owner.id(), "Administrator", "Administrator"), system)
                    .record();
            opening.open(new OpenAccount("admin", person.id(), Set.of(Role.ADMIN), password), system);
        });
        if (configured) {
            log.warn(
                    "Opened the first account 'admin' with the configured initial password; change it after signing in");
        } else {
            log.warn("Opened the first account 'admin' with the password {} ; sign in and change it now", password);
        }
    }
}
