package dev.tandem.identity.signin;

import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Builds the viewer of an account from the person and organisation it belongs to. A statement that reads accounts
 * (every request reads one) builds it in the same statement, from {@link #COLUMNS} and {@link #MEMBERSHIP}; a
 * password sign-in asks the organisation directory.
 */
@Component
public class Viewers {

    /**
     * Joins {@code user_account a} to its person and organisation, leaving it out once either is voided: such an account
     * cannot sign in.
     */
    public static final String MEMBERSHIP =
            """
            join person p on p.id = a.person_id and p.voided_at is null
            join organisation o on o.id = p.organisation_id and o.voided_at is null""";

    /** The columns of an account's viewer, its roles among them, through {@link #MEMBERSHIP}; see {@link #viewer}. */
    public static final String COLUMNS =
            """
            a.id, a.username, a.must_change_password, p.id as person_id, p.full_name, p.organisation_id,
            o.kind = 'CONTRACTOR' as contractor, p.site_id,
            array(select r.role from user_role r where r.user_account = a.id) as roles""";

    private final OrganisationDirectory directory;

    Viewers(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /** The viewer of a row of {@link #COLUMNS}. */
    public static Viewer viewer(ResultSet row) throws SQLException {
        var roles = EnumSet.noneOf(Role.class);
        for (var name : (String[]) row.getArray("roles").getArray()) {
            roles.add(Role.valueOf(name));
        }
        return new Viewer(
                row.getObject("id", UUID.class),
                row.getString("username"),
                row.getString("full_name"),
                row.getObject("person_id", UUID.class),
                row.getObject("organisation_id", UUID.class),
                row.getBoolean("contractor"),
                row.getObject("site_id", UUID.class),
                roles);
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
