package dev.tandem.notification;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who hears of each kind at each site, by role, as data ({@code notification_rule}): a site's own rows for a kind
 * replace the rows that hold for every site.
 */
@Component
@Transactional(readOnly = true)
public class NotificationRules {

    private final JdbcClient jdbc;

    NotificationRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<RecipientRole> roles(String kind, UUID siteId) {
        var roles = EnumSet.noneOf(RecipientRole.class);
        jdbc.sql(
                        """
                        select role from notification_rule
                        where kind = :kind
                          and site_id is not distinct from (
                              select max(r.site_id::text)::uuid from notification_rule r
                              where r.kind = :kind and r.site_id = :site)""")
                .param("kind", kind)
                .param("site", siteId)
                .query(String.class)
                .list()
                .forEach(role -> roles.add(RecipientRole.valueOf(role)));
        return roles;
    }
}
