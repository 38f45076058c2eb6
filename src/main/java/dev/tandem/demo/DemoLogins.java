package dev.tandem.demo;

import dev.tandem.shared.RecordRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started Tandem in demo mode where to open it and how to sign in. The logins are read back from the
 * database on every start, so the table shows what really exists, including passwords changed since generation.
 */
@Component
class DemoLogins {

    private static final Logger log = LoggerFactory.getLogger(DemoLogins.class);

    /** One demo login as stored. */
    record Login(String username, String roles, String fullName, String organisation, String passwordHash) {}

    private static final String LOGINS =
            """
            select u.username, string_agg(r.role, ', ' order by r.role) as roles,
                   p.full_name, o.name as organisation, u.password_hash
            from user_account u
                join person p on p.id = u.person_id
                join organisation o on o.id = p.organisation_id
                left join user_role r on r.user_account = u.id
            where lower(u.username) in (:usernames)
            group by u.id, u.username, p.full_name, o.name, u.password_hash""";

    private final DemoProperties properties;
    private final JdbcClient jdbc;
    private final Environment environment;
    private final PasswordEncoder passwords;

    DemoLogins(DemoProperties properties, JdbcClient jdbc, Environment environment, PasswordEncoder passwords) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.environment = environment;
        this.passwords = passwords;
    }

    @EventListener(ApplicationReadyEvent.class)
    void print() {
        if (!properties.enabled()) {
            return;
        }
        var logins = stored();
        if (logins.isEmpty()) {
            log.info("Demo mode: Tandem runs at {} but this database has none of the demo logins", url());
            return;
        }
        log.info("{}", table(logins));
    }

    private List<Login> stored() {
        var usernames =
                Arrays.stream(DemoLogin.values()).map(DemoLogin::username).toList();
        return jdbc.sql(LOGINS).param("usernames", usernames).query(RecordRows.of(Login.class)).list().stream()
                .sorted(Comparator.comparingInt(
                        login -> usernames.indexOf(login.username().toLowerCase(Locale.ROOT))))
                .toList();
    }

    private String table(List<Login> logins) {
        var table = new ArrayList<List<String>>();
        table.add(List.of("username", "role", "person", "organisation", "password"));
        for (var login : logins) {
            table.add(List.of(
                    login.username(),
                    login.roles() == null ? "-" : login.roles(),
                    login.fullName(),
                    login.organisation(),
                    passwords.matches(properties.password(), login.passwordHash())
                            ? properties.password()
                            : "(changed)"));
        }
        var widths = new int[table.get(0).size()];
        for (var row : table) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        var text = new StringBuilder("Demo mode: Tandem is ready at " + url() + " - sign in as any of these:\n");
        for (var row : table) {
            text.append(line(row, widths));
        }
        return text.toString().stripTrailing();
    }

    private static String line(List<String> cells, int[] widths) {
        var line = new StringBuilder("    ");
        for (int i = 0; i < cells.size(); i++) {
            line.append(String.format("%-" + (widths[i] + 2) + "s", cells.get(i)));
        }
        return line.toString().stripTrailing() + "\n";
    }

    /** The port the server really listens on, which differs from server.port when that is 0. */
    private String url() {
        var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        var contextPath = environment.getProperty("server.servlet.context-path", "");
        return "http://localhost:" + port + contextPath;
    }
}
