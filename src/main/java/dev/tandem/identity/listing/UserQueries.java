package dev.tandem.identity.listing;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The list of accounts for administrators. */
@Component
public class UserQueries {

    private final JdbcClient jdbc;

    UserQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record UserRow(
            UUID id, String username, String fullName, String organisationName, String roles, boolean enabled) {}

    public record UserFilter(String q, Role role) {}

    public Page<UserRow> users(UserFilter filter, Paging paging, Viewer viewer) {
        viewer.requireRole(Role.ADMIN);
        return new ListQuery("user_account u join person p on p.id = u.person_id"
                        + " join organisation o on o.id = p.organisation_id")
                .search(filter.q(), "u.username", "p.full_name", "o.name")
                .where(
                        "exists (select 1 from user_role r where r.user_account = u.id and r.role = :role)",
                        "role",
                        filter.role() == null ? null : filter.role().name())
                .page(
                        jdbc,
                        "u.id, u.username, p.full_name, o.name as organisation_name, u.enabled,"
                                + " (select string_agg(r.role, ', ' order by r.role) from user_role r"
                                + " where r.user_account = u.id) as roles",
                        UserRow.class,
                        paging,
                        Map.of("username", "u.username", "name", "p.full_name", "organisation", "o.name"),
                        "u.username");
    }
}
