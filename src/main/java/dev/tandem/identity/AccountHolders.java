package dev.tandem.identity;

import dev.tandem.identity.signin.Viewers;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who may sign in, as the viewers they would be: what another module asks when it must decide, for
 * somebody who is not looking, what they may read (whom to notify of a record). Disabled accounts and voided people
 * or organisations are left out, as they cannot sign in.
 */
@Component
@Transactional(readOnly = true)
public class AccountHolders {

    private static final String VIEWERS =
            "select %s from user_account a %s where a.enabled and ".formatted(Viewers.COLUMNS, Viewers.MEMBERSHIP);

    private final JdbcClient jdbc;

    AccountHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The viewers of those people who hold an account, by person. */
    public Map<UUID, Viewer> viewersOf(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        var viewers = new HashMap<UUID, Viewer>();
        jdbc.sql(VIEWERS + "a.person_id = any(cast(:persons as uuid[]))")
                .param("persons", personIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((row, number) -> Viewers.viewer(row))
                .list()
                .forEach(viewer -> viewers.put(viewer.personId(), viewer));
        return viewers;
    }

    /** The languages people chose for their accounts; those who chose none are left out (the plant's language). */
    public Map<UUID, Locale> languages(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        var languages = new HashMap<UUID, Locale>();
        jdbc.sql("select person_id, language from user_account"
                        + " where language is not null and person_id = any(cast(:persons as uuid[]))")
                .param("persons", personIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((row, number) -> languages.put(
                        row.getObject("person_id", UUID.class), Locale.forLanguageTag(row.getString("language"))))
                .list();
        return languages;
    }

    /** Everyone who holds the role. */
    public List<Viewer> holding(Role role) {
        return jdbc.sql(VIEWERS + "exists (select 1 from user_role h where h.user_account = a.id and h.role = :role)")
                .param("role", role.name())
                .query((row, number) -> Viewers.viewer(row))
                .list();
    }
}
