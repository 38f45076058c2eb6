package dev.tandem.training;

import static dev.tandem.training.TrainingColumn.COMPETENCE;
import static dev.tandem.training.TrainingColumn.COMPLETED_ON;
import static dev.tandem.training.TrainingColumn.EVIDENCE_REFERENCE;
import static dev.tandem.training.TrainingColumn.EXPIRES_ON;
import static dev.tandem.training.TrainingColumn.EXTERNAL_ID;
import static dev.tandem.training.TrainingColumn.PERSON;
import static dev.tandem.training.TrainingColumn.PROVIDER;
import static dev.tandem.training.TrainingColumn.RESULT;
import static dev.tandem.training.TrainingColumn.TRAINER;

import dev.tandem.organisation.OrganisationDirectory.NamedPerson;
import dev.tandem.shared.imports.SheetCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rows of one import of training records as they are read, each checked at once: the person among those the
 * importer records for (by personnel number, or by e-mail), the competence of the catalogue (by code or name), the
 * days, the result, and the rules every record keeps (a completion day that has come on the person's site, an expiry
 * not before it, the proof a pass needs). Right rows are kept in a compact form until the import writes them.
 */
final class TrainingSheet {

    /** No expiry given. */
    private static final int NO_DAY = Integer.MIN_VALUE;

    /** A number several people of different organisations have. */
    private static final NamedPerson SEVERAL = new NamedPerson(null, null, null, null, null);

    /** A row that was right. */
    static final class Row {
        private final int row;
        private final NamedPerson person;
        private final Competence competence;
        private final int completedOn;
        private final TrainingResult result;
        private final String trainer;
        private final String provider;
        private final String evidenceReference;
        private final int expiresOn;
        private final String externalId;
        private UUID storedId;

        private Row(
                int row,
                NamedPerson person,
                Competence competence,
                LocalDate completedOn,
                TrainingResult result,
                String trainer,
                String provider,
                String evidenceReference,
                LocalDate expiresOn,
                String externalId) {
            this.row = row;
            this.person = person;
            this.competence = competence;
            this.completedOn = (int) completedOn.toEpochDay();
            this.result = result;
            this.trainer = trainer;
            this.provider = provider;
            this.evidenceReference = evidenceReference;
            this.expiresOn = expiresOn == null ? NO_DAY : (int) expiresOn.toEpochDay();
            this.externalId = externalId;
        }

        /** The row as the details of a record with this id. */
        RecordTraining details(UUID id) {
            return new RecordTraining(
                    id,
                    externalId,
                    person.id(),
                    competence.id(),
                    LocalDate.ofEpochDay(completedOn),
                    result,
                    trainer,
                    provider,
                    evidenceReference,
                    // a failed course has no expiry, whatever the row says
                    expiresOn == NO_DAY || result != TrainingResult.PASSED ? null : LocalDate.ofEpochDay(expiresOn));
        }

        /** The details checked: the person's organisation and the competence known. */
        TrainingRecord.Checked checked(UUID id) {
            return new TrainingRecord.Checked(details(id), person.organisationId(), competence);
        }

        int number() {
            return row;
        }

        String externalId() {
            return externalId;
        }

        /** The stored record the row changes; null for a new one. */
        UUID storedId() {
            return storedId;
        }
    }

    private final Map<String, NamedPerson> byNumber = new HashMap<>();
    private final Map<String, NamedPerson> byEmail = new HashMap<>();
    private final Map<String, Competence> competences = new HashMap<>();
    private final Map<String, TrainingResult> results;
    private final Function<UUID, LocalDate> todays;
    private final SheetCheck<TrainingColumn> check = new SheetCheck<>(TrainingImport.MAX_ROWS);
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> texts = new HashMap<>();

    /**
     * @param people those the importer records for
     * @param catalogue the current competences
     * @param results the results by every name a cell may give them
     * @param todays today on a person's site
     */
    TrainingSheet(
            List<NamedPerson> people,
            List<Competence> catalogue,
            Map<String, TrainingResult> results,
            Function<UUID, LocalDate> todays) {
        for (var person : people) {
            if (person.personnelNumber() != null) {
                byNumber.merge(SheetCheck.key(person.personnelNumber()), person, (one, other) -> SEVERAL);
            }
            if (person.email() != null) {
                byEmail.merge(SheetCheck.key(person.email()), person, (one, other) -> SEVERAL);
            }
        }
        for (var competence : catalogue) {
            competences.put(SheetCheck.key(competence.code()), competence);
            competences.put(SheetCheck.key(competence.nameEn()), competence);
            competences.put(SheetCheck.key(competence.nameRu()), competence);
        }
        this.results = results;
        this.todays = todays;
    }

    /** Checks one row of the file, given by column; a row with every cell blank is skipped. */
    void add(int row, Map<TrainingColumn, String> cells) {
        var cell = check.begin(row, cells, PERSON);
        if (cell == null) {
            return;
        }
        var externalId = cell.externalId(EXTERNAL_ID, 100);
        var person = person(cell);
        var competence = competence(cell);
        var completedOn = cell.date(COMPLETED_ON, true);
        var result = result(cell);
        var trainer = shared(cell.text(TRAINER, false, 200));
        var provider = shared(cell.text(PROVIDER, false, 200));
        var evidence = cell.text(EVIDENCE_REFERENCE, false, 200);
        var expiresOn = cell.date(EXPIRES_ON, false);
        if (person == null || competence == null || completedOn == null) {
            return;
        }
        // the rules every record keeps, checked even when another cell of the row is wrong, so that all are named
        var read = new Row(
                row, person, competence, completedOn, result, trainer, provider, evidence, expiresOn, externalId);
        TrainingReferences.rules(
                read.details(null),
                competence,
                todays.apply(person.siteId()),
                (field, code, arguments) -> cell.reject(column(field), code, arguments));
        if (!cell.wrong()) {
            rows.add(read);
        }
    }

    private NamedPerson person(SheetCheck<TrainingColumn>.Row cell) {
        var name = cell.text(PERSON, true, 200);
        if (name == null) {
            return null;
        }
        var key = SheetCheck.key(name);
        var person = name.indexOf('@') > 0 ? byEmail.get(key) : byNumber.get(key);
        if (person == null) {
            cell.reject(PERSON, "training.import.noSuchPerson", name);
        } else if (person == SEVERAL) {
            cell.reject(PERSON, "training.import.severalPeople", name);
            return null;
        }
        return person;
    }

    private Competence competence(SheetCheck<TrainingColumn>.Row cell) {
        var name = cell.text(COMPETENCE, true, 300);
        if (name == null) {
            return null;
        }
        var competence = competences.get(SheetCheck.key(name));
        if (competence == null) {
            cell.reject(COMPETENCE, "training.import.noSuchCompetence", name);
        }
        return competence;
    }

    private TrainingResult result(SheetCheck<TrainingColumn>.Row cell) {
        var text = cell.text(RESULT, true, 50);
        if (text == null) {
            return null;
        }
        var result = results.get(SheetCheck.key(text));
        if (result == null) {
            cell.reject(RESULT, "training.import.result", text);
        }
        return result;
    }

    /** One copy of a text many rows repeat, such as a provider's name. */
    private String shared(String text) {
        return text == null ? null : texts.computeIfAbsent(text, same -> same);
    }

    private static TrainingColumn column(String field) {
        return switch (field) {
            case "completedOn" -> COMPLETED_ON;
            case "expiresOn" -> EXPIRES_ON;
            case "evidenceReference" -> EVIDENCE_REFERENCE;
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** A row whose external id names a stored record: it changes that record, if the importer may. */
    void matched(Row row, UUID storedId, boolean voided, boolean changeable) {
        if (voided) {
            check.reject(row.row, EXTERNAL_ID, "training.import.voidedRecord", row.externalId);
        } else if (!changeable) {
            check.reject(row.row, EXTERNAL_ID, "training.import.recordNotChangeable", row.externalId);
        }
        row.storedId = storedId;
    }

    List<Row> rows() {
        return rows;
    }

    List<Row> withExternalId() {
        return rows.stream().filter(row -> row.externalId != null).toList();
    }

    SheetCheck<TrainingColumn> check() {
        return check;
    }
}
