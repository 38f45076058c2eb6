package dev.tandem.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.history.HistoryEntry.Change;
import dev.tandem.history.HistoryEntry.Kind;
import dev.tandem.history.panels.HistoryPanels;
import dev.tandem.history.panels.ReadableEntry;
import dev.tandem.identity.Logins;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.organisation.RegisterOrganisation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every audited field of every recorded aggregate reads in both languages on a history panel: a label, not its name;
 * each of its choices by a label, not its code; yes or no, not true or false; and no id. A field added to a snapshot
 * without a label or a reading fails here.
 */
@TandemIntegrationTest
class HistoryPanelLabelsTests {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-");

    @Autowired
    RelationalMappingContext mapping;

    @Autowired
    HistoryPanels panels;

    @Autowired
    OrganisationRegister register;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyAuditedFieldOfEveryRecordReadsByItsLabelAndItsValuesByTheirNamesInBothLanguages() {
        var unreadable = new ArrayList<String>();
        for (var type : RecordedSamples.recordedAggregates()) {
            var record = new RecordedSamples(mapping).of(type);
            var snapshot = record.snapshot();
            for (var locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
                for (var value : everyValueOf(snapshot)) {
                    var changes = History.diff(Map.of(), value);
                    var entry = new HistoryEntry(record.recordType(), Kind.CREATED, Instant.now(), null, "x", changes);
                    var read = panels.read(List.of(entry), locale, ZoneId.of("Europe/Moscow"))
                            .get(0)
                            .changes();
                    var fields = new ArrayList<>(changes.keySet());
                    for (int i = 0; i < fields.size(); i++) {
                        var problem = problem(fields.get(i), value.get(fields.get(i)), read.get(i));
                        if (problem != null) {
                            unreadable.add(locale + " " + record.recordType() + "." + fields.get(i) + ": " + problem);
                        }
                    }
                }
            }
        }
        assertThat(unreadable)
                .as("fields a history panel shows unlabelled or unread")
                .isEmpty();
    }

    @Test
    void referencesReadByNameSayWhenTheRecordIsVoidedAndWhenItIsNoLongerStored() {
        var admin = new Logins(context).viewer("admin");
        var contractor = register.registerContractor(
                null,
                new RegisterOrganisation("Voided Builders", OrganisationStatus.ACTIVE, null, null, null, null),
                admin);
        register.voidOrganisation(contractor.id(), "registered twice", admin);
        var site = jdbc.sql("select id, name from site where voided_at is null order by code limit 1")
                .query((rs, row) -> new String[] {rs.getString("id"), rs.getString("name")})
                .single();
        var changes = new LinkedHashMap<String, Change>();
        changes.put("organisationId", new Change(null, contractor.id().toString()));
        changes.put("personId", new Change("6de1a2b3-0000-4000-8000-000000000000", null));
        changes.put("siteId", new Change(site[0], null));
        var entry = new HistoryEntry("person", Kind.UPDATED, Instant.now(), null, "x", changes);

        var read = panels.read(List.of(entry), Locale.forLanguageTag("ru"), ZoneId.of("UTC"))
                .get(0)
                .changes();

        assertThat(read)
                .extracting(ReadableEntry.Change::field, ReadableEntry.Change::from, ReadableEntry.Change::to)
                .containsExactly(
                        tuple("Организация", null, "Voided Builders (аннулировано)"),
                        tuple("Работник", "удалённая запись", null),
                        tuple("Площадка", site[1], null));
    }

    @Test
    void recordsKeptInTwoLanguagesAreNamedInTheReadersLanguage() {
        var competence = jdbc.sql("select id, name_en, name_ru from competence where voided_at is null limit 1")
                .query((rs, row) -> new String[] {rs.getString("id"), rs.getString("name_en"), rs.getString("name_ru")})
                .single();
        var category = jdbc.sql("select id, name_en, name_ru from hazard_category where voided_at is null limit 1")
                .query((rs, row) -> new String[] {rs.getString("id"), rs.getString("name_en"), rs.getString("name_ru")})
                .single();
        var training = new HistoryEntry(
                "training-record",
                Kind.CREATED,
                Instant.now(),
                null,
                "x",
                Map.of("competenceId", new Change(null, competence[0])));
        var risk = new HistoryEntry(
                "risk",
                Kind.CREATED,
                Instant.now(),
                null,
                "x",
                Map.of("hazardCategoryId", new Change(null, category[0])));

        for (var language : List.of(new String[] {"en", "1"}, new String[] {"ru", "2"})) {
            var read = panels.read(List.of(training, risk), Locale.forLanguageTag(language[0]), ZoneId.of("UTC"));
            var column = Integer.parseInt(language[1]);
            assertThat(read.get(0).changes().get(0).to()).isEqualTo(competence[column]);
            assertThat(read.get(1).changes().get(0).to()).isEqualTo(category[column]);
        }
    }

    /** What is wrong with how a field and its value read, or null when nothing is. */
    private static String problem(String field, Object value, ReadableEntry.Change read) {
        if (read.field().equals(field) || read.field().contains("history.field")) {
            return "no label";
        }
        if (read.to() == null || ID.matcher(read.to()).find()) {
            return "shows an id: " + read.to();
        }
        var codes = value instanceof Collection<?> items ? items : List.of(value);
        for (var code : codes) {
            if (code instanceof Enum<?> choice && List.of(read.to().split(", ")).contains(choice.name())) {
                return "shows the code " + choice.name();
            }
        }
        if (value instanceof Boolean && (read.to().equals("true") || read.to().equals("false"))) {
            return "shows " + read.to();
        }
        return null;
    }

    /** The sample snapshot once for each choice of each of its enums, so that every choice is read. */
    private static List<Map<String, Object>> everyValueOf(Map<String, Object> snapshot) {
        var snapshots = new ArrayList<Map<String, Object>>();
        snapshots.add(snapshot);
        snapshot.forEach((field, value) -> {
            var sample = value instanceof Collection<?> items && !items.isEmpty()
                    ? items.iterator().next()
                    : value;
            if (sample instanceof Enum<?> choice) {
                for (var constant : choice.getDeclaringClass().getEnumConstants()) {
                    var each = new LinkedHashMap<>(snapshot);
                    each.put(field, value instanceof Collection<?> ? List.of(constant) : constant);
                    snapshots.add(each);
                }
            }
        });
        return snapshots;
    }
}
