package dev.tandem.kpi;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.kpi.hours.HoursImport;
import dev.tandem.kpi.hours.HoursImportReport;
import dev.tandem.kpi.hours.HoursLine;
import dev.tandem.kpi.hours.HoursReferences;
import dev.tandem.kpi.hours.HoursWorked;
import dev.tandem.kpi.hours.HoursWorkedRecords;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hours worked per organisation, site and month. The safety department and administrators record anyone's; a
 * contractor's supervisor records their own organisation's; everyone else reads, a contractor's people only their
 * own organisation's rows.
 */
@Service
@Transactional
public class HoursRegister {

    /** Who may record hours. */
    public static final Role[] KEEPERS = {ADMIN, HSE_SPECIALIST, CONTRACTOR_SUPERVISOR};

    public static boolean canKeep(Viewer viewer) {
        return viewer.has(KEEPERS);
    }

    private final HoursWorkedRecords records;
    private final AuditedRecords<HoursWorked> audited;
    private final OrganisationQueries organisations;
    private final PlantStructure plant;
    private final Clock clock;

    HoursRegister(
            HoursWorkedRecords records,
            History history,
            OrganisationQueries organisations,
            PlantStructure plant,
            Clock clock) {
        this.records = records;
        this.audited = history.auditing(records, (viewer, hours) -> viewer.canSee(hours.organisationId()));
        this.organisations = organisations;
        this.plant = plant;
        this.clock = clock;
    }

    /** What recording did: a new row, a changed one, or nothing because the row said so already. */
    public enum Outcome {
        CREATED,
        CHANGED,
        UNCHANGED
    }

    public record Recording(HoursWorked hours, Outcome outcome) {}

    @Transactional(readOnly = true)
    public HoursWorked hours(UUID id, Viewer viewer) {
        var recorded = records.findById(id).orElseThrow(() -> new NotFoundException("Hours", id));
        viewer.requireVisible(recorded.organisationId(), "Hours", id);
        return recorded;
    }

    /**
     * Records the hours of an organisation on a site in a month; if that month is recorded already, changes it.
     *
     * @param precondition the version the change was made on, when it changes a recorded month
     */
    public Recording record(RecordHours command, Precondition precondition, Viewer viewer) {
        viewer.requireRole(KEEPERS);
        check(command, HoursReferences.forKeeper(organisations, viewer));
        return store(command, precondition, viewer);
    }

    /** Changes a recorded row; it may move to another organisation, site or month that is not recorded yet. */
    public HoursWorked change(UUID id, Precondition precondition, RecordHours command, Viewer viewer) {
        viewer.requireRole(KEEPERS);
        var current = hours(id, viewer);
        var references = HoursReferences.forKeeper(organisations, viewer);
        if (!references.mayRecordFor(current.organisationId())) {
            throw new InvalidRequestException("organisationId", "rule.noSuchOrganisation");
        }
        check(command, references);
        records.findByOrganisationIdAndSiteIdAndMonth(
                        command.organisationId(),
                        command.siteId(),
                        command.month().atDay(1))
                .filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw new InvalidRequestException("month", "kpi.rule.monthRecorded");
                });
        // a stale version fails even when nothing would change: the client has not seen what is there
        precondition.check(current.version(), current.recordType(), current.id());
        if (current.sameAs(command)) {
            return current;
        }
        return audited.change(current, precondition, recorded -> recorded.apply(command), viewer);
    }

    /**
     * Records every row of an uploaded file in this one transaction, or none of them when any row is wrong; a
     * row for a month recorded already changes it.
     */
    public HoursImportReport importHours(List<HoursLine> lines, Viewer viewer) {
        viewer.requireRole(KEEPERS);
        var reading = new HoursImport(HoursReferences.forKeeper(organisations, viewer), thisMonth());
        var commands = reading.read(lines);
        if (!reading.errors().isEmpty()) {
            return HoursImportReport.rejected(reading.errors());
        }
        int created = 0;
        int changed = 0;
        for (var command : commands) {
            switch (store(command, Precondition.none(), viewer).outcome()) {
                case CREATED -> created++;
                case CHANGED -> changed++;
                case UNCHANGED -> {}
            }
        }
        return new HoursImportReport(created, changed, commands.size() - created - changed, List.of());
    }

    private Recording store(RecordHours command, Precondition precondition, Viewer viewer) {
        var existing = records.findByOrganisationIdAndSiteIdAndMonth(
                command.organisationId(), command.siteId(), command.month().atDay(1));
        if (existing.isEmpty()) {
            return new Recording(audited.createNew(id -> HoursWorked.of(id, command), viewer), Outcome.CREATED);
        }
        var current = existing.get();
        precondition.check(current.version(), current.recordType(), current.id());
        if (current.sameAs(command)) {
            return new Recording(current, Outcome.UNCHANGED);
        }
        return new Recording(
                audited.change(current, precondition, recorded -> recorded.apply(command), viewer), Outcome.CHANGED);
    }

    private void check(RecordHours command, HoursReferences references) {
        if (!references.mayRecordFor(command.organisationId())) {
            throw new InvalidRequestException("organisationId", "rule.noSuchOrganisation");
        }
        if (!references.isCurrentSite(command.siteId())) {
            throw new InvalidRequestException("siteId", "rule.noSuchSite");
        }
        if (command.month().isAfter(thisMonth())) {
            throw new InvalidRequestException("month", "kpi.rule.futureMonth");
        }
    }

    /** This month in the enterprise's time zone: months of hours are the enterprise's months. */
    public YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(ZoneId.of(plant.enterprise().timeZone())));
    }
}
