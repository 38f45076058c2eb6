package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's tables are its own: its SQL (string literals in its Java code, and its migrations) names only its own
 * tables, the views other modules publish in their migrations, and the plant's shared lookups. Who owns a table is
 * read from the name of the migration that creates it ({@code V7__event_create.sql} belongs to {@code event}).
 */
class TableOwnershipTests {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path MODULES = Path.of("src/main/java/dev/tandem");

    /**
     * The plant's structure and its machines: reference data that nearly every record points at with a foreign key
     * and that lists join for names. Their owners keep them; others may read them.
     */
    private static final Set<String> SHARED_LOOKUPS =
            Set.of("enterprise", "site", "area", "organisation", "person", "equipment");

    /** Sources that may name another module's tables, each with its reason. */
    private static final Map<String, Set<String>> EXCEPTIONS = Map.ofEntries(
            // landed before the rule, and a landed migration is never edited: kpi's indexes on event and action
            // tables, and the column that ties a safety event to its equipment
            Map.entry("V10__kpi_figure_indexes.sql", Set.of("safety_event", "injury", "corrective_action")),
            Map.entry("V17__kpi_scope_indexes.sql", Set.of("corrective_action")),
            Map.entry("V14__signal_create.sql", Set.of("safety_event")),
            // the enterprise-scale demo plant is copied into every module's tables at once (COPY): through the
            // modules' services it would take hours
            Map.entry(
                    "DemoBulk.java",
                    Set.of(
                            "safety_event",
                            "injury",
                            "corrective_action",
                            "hours_worked",
                            "risk_entry",
                            "risk_assessment",
                            "training_session",
                            "training_record",
                            "contractor_engagement",
                            "meeting_rotation_pattern",
                            "meeting_record",
                            "meeting_attendee",
                            "meeting_signature",
                            "meeting_item",
                            "meeting_decision")),
            Map.entry("DemoBulkEventRows.java", Set.of("safety_event", "injury", "corrective_action")),
            Map.entry("DemoBulkEngagements.java", Set.of("contractor_engagement", "meeting_rotation_pattern")),
            Map.entry(
                    "DemoBulkMeetingRows.java",
                    Set.of(
                            "meeting_record",
                            "meeting_attendee",
                            "meeting_signature",
                            "meeting_item",
                            "meeting_decision",
                            "corrective_action")),
            Map.entry("DemoBulkTraining.java", Set.of("training_session", "training_record")),
            Map.entry(
                    "DemoBulkRisks.java",
                    Set.of("risk_entry", "risk_assessment", "corrective_action", "hazard_category", "risk_matrix")),
            // 'STOP_WORK' and 'INVESTIGATION' there are values, the source types of actions raised on a stop and on an
            // investigation, not the tables
            Map.entry("V8__action_create.sql", Set.of("stop_work", "investigation")),
            // the same list of source types, with INSPECTION added
            Map.entry("V72__action_inspection_source.sql", Set.of("stop_work", "investigation")),
            // the same list again, without AUDIT
            Map.entry("V91__action_no_audit_source.sql", Set.of("stop_work", "investigation")),
            // the kinds' keys begin with the name of the module they are about ('investigation.overdue'), not a table
            Map.entry("V66__notification_investigation.sql", Set.of("investigation")),
            // 'DOWNTIME' there is a value, the kind of a lesson drawn from a machine's stops, not the table
            Map.entry("V75__investigation_lessons.sql", Set.of("downtime")),
            // prints the demo's logins with their roles once, at start
            Map.entry("DemoLogins.java", Set.of("user_account", "user_role")));

    private static final Pattern CREATED_TABLE =
            Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern CREATED_VIEW = Pattern.compile("(?i)create\\s+(?:or\\s+replace\\s+)?view\\s+(\\w+)");
    private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");
    private static final Pattern STRING_LITERAL =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern SQL =
            Pattern.compile("(?i)\\b(select|insert|update|delete|from|join|create|alter)\\b");
    /** A name, unless it follows a dot (a column such as {@code i.safety_event}). */
    private static final Pattern NAME = Pattern.compile("(?<![.\\w])[a-z_][a-z0-9_]*");

    @Test
    void everyModulesSqlNamesOnlyItsOwnTablesTheViewsOthersPublishAndTheSharedLookups() {
        var owners = owners();
        var violations = new ArrayList<String>();
        for (var migration : migrations()) {
            var module = moduleOf(migration);
            check(module, migration.getFileName().toString(), List.of(read(migration)), owners, violations);
        }
        for (var module : modules()) {
            for (var source : javaSources(MODULES.resolve(module))) {
                check(module, source.getFileName().toString(), sqlLiterals(read(source)), owners, violations);
            }
        }
        assertThat(violations).as("SQL naming another module's table").isEmpty();
    }

    @Test
    void tablesBelongToTheModuleNamedByTheMigrationThatCreatesThem() {
        var owners = owners();

        assertThat(owners)
                .containsEntry("safety_event", "event")
                .containsEntry("corrective_action", "action")
                .containsEntry("hours_worked", "kpi")
                .containsEntry("signal_warning", "signal")
                .containsEntry("event_publication", "shared");
    }

    private static void check(
            String module, String source, List<String> sql, Map<String, String> owners, List<String> violations) {
        var allowed = EXCEPTIONS.getOrDefault(source, Set.of());
        for (var text : sql) {
            Matcher name = NAME.matcher(text.toLowerCase());
            while (name.find()) {
                var table = name.group();
                var owner = owners.get(table);
                if (owner != null
                        && !owner.equals(module)
                        && !SHARED_LOOKUPS.contains(table)
                        && !allowed.contains(table)) {
                    violations.add("%s (%s) names %s, a table of %s".formatted(source, module, table, owner));
                }
            }
        }
    }

    /** Tables by the module that created them; views are published for others and so owned by no one here. */
    private static Map<String, String> owners() {
        var owners = new HashMap<String, String>();
        for (var migration : migrations()) {
            var table = CREATED_TABLE.matcher(read(migration));
            while (table.find()) {
                owners.put(table.group(1).toLowerCase(), moduleOf(migration));
            }
        }
        for (var migration : migrations()) {
            var view = CREATED_VIEW.matcher(read(migration));
            while (view.find()) {
                owners.remove(view.group(1).toLowerCase());
            }
        }
        return owners;
    }

    /** The string literals that read as SQL; a literal of a bare table name counts when the name has an underscore. */
    private static List<String> sqlLiterals(String java) {
        var literals = new ArrayList<String>();
        var literal = STRING_LITERAL.matcher(java);
        while (literal.find()) {
            var text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            if (SQL.matcher(text).find() || text.matches("[a-z]+_[a-z0-9_]+")) {
                literals.add(text);
            }
        }
        return literals;
    }

    private static String moduleOf(Path migration) {
        var name = MIGRATION.matcher(migration.getFileName().toString());
        assertThat(name.matches())
                .as("migration named V<n>__<module>_<what>.sql: " + migration)
                .isTrue();
        return name.group(1);
    }

    private static List<Path> migrations() {
        return list(MIGRATIONS, 1, ".sql");
    }

    private static List<String> modules() {
        try (Stream<Path> entries = Files.list(MODULES)) {
            return entries.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaSources(Path module) {
        return list(module, Integer.MAX_VALUE, ".java");
    }

    private static List<Path> list(Path folder, int depth, String suffix) {
        try (Stream<Path> files = Files.walk(folder, depth)) {
            return files.filter(path -> path.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
