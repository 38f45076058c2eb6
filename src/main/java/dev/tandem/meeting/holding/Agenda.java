package dev.tandem.meeting.holding;

import dev.tandem.action.ActionFilter;
import dev.tandem.action.ActionQueries;
import dev.tandem.action.ActionQueries.ActionRow;
import dev.tandem.action.ActionStatus;
import dev.tandem.action.SourceType;
import dev.tandem.contractor.ContractorDocument;
import dev.tandem.contractor.DocumentFiling;
import dev.tandem.contractor.DocumentReminders;
import dev.tandem.contractor.DocumentStatus;
import dev.tandem.event.EventQueries;
import dev.tandem.event.EventQueries.EventFilter;
import dev.tandem.risk.Band;
import dev.tandem.risk.RiskFilter;
import dev.tandem.risk.RiskQueries;
import dev.tandem.risk.RiskStatus;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.stopwork.StopWorkControl;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The agenda a meeting opens with, each part asked of the module that keeps it: what the previous meeting carried
 * over, the overdue actions, the open findings of inspections and the other open actions, the events and stops of work
 * since the previous meeting (since the engagement started, or the month before, for the first) — the contractor's
 * for a rotation meeting, everyone's on the site for its safety committee — then the contractor's documents that
 * expire within a month, or the site's fatal and extreme risks not yet brought down. Each part is bounded; a record is
 * on the agenda once.
 */
@Component
class Agenda {

    /** At most this many items of each part. */
    static final int PER_PART = 10;

    /** Documents expiring within this many days of the meeting. */
    static final int DOCUMENT_DAYS = 30;

    private static final int TITLE = 300;

    private final ActionQueries actions;
    private final EventQueries events;
    private final StopWorkControl stops;
    private final DocumentFiling documents;
    private final DocumentReminders reminders;
    private final RiskQueries risks;

    Agenda(
            ActionQueries actions,
            EventQueries events,
            StopWorkControl stops,
            DocumentFiling documents,
            DocumentReminders reminders,
            RiskQueries risks) {
        this.actions = actions;
        this.events = events;
        this.stops = stops;
        this.documents = documents;
        this.reminders = reminders;
        this.risks = risks;
    }

    /**
     * @param whose whose meeting it is: a contractor's records, or everyone's on the site for its committee
     * @param previous the latest meeting of the same engagement or committee held before this one, if any
     * @param since when the period the meeting looks back on began
     * @param sinceDay the same, as a day on the site's clock
     * @param day the meeting's day on the site's clock
     */
    List<AgendaItem> build(
            Whose whose, Optional<Meeting> previous, Instant since, LocalDate sinceDay, LocalDate day, Viewer viewer) {
        var items = new Items();
        previous.ifPresent(meeting -> meeting.agenda().stream()
                .filter(item -> item.outcome() == ItemOutcome.CARRIED_OVER)
                .forEach(item -> items.add(new AgendaItem(
                        UUID.randomUUID(), item.source(), item.recordId(), item.title(), null, null, item.itemId()))));
        var organisationId = whose.organisationId();
        var site = organisationId == null ? whose.siteId() : null;
        var first = Paging.first(PER_PART);
        actionRows(ActionFilter.ofOrganisation(organisationId, null, null, true), site, viewer)
                .forEach(row -> items.add(ItemSource.OVERDUE_ACTION, row.id(), row.title() + " — " + row.dueDate()));
        for (var status : List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS)) {
            actionRows(ActionFilter.ofOrganisation(organisationId, SourceType.INSPECTION, status, false), site, viewer)
                    .forEach(row -> items.add(ItemSource.FINDING, row.id(), row.title() + " — " + row.dueDate()));
        }
        for (var status : List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS)) {
            actionRows(ActionFilter.ofOrganisation(organisationId, null, status, false), site, viewer)
                    .forEach(row -> items.add(ItemSource.OPEN_ACTION, row.id(), row.title() + " — " + row.dueDate()));
        }
        var recent = organisationId == null
                ? EventFilter.onSiteSince(site, sinceDay)
                : EventFilter.ofOrganisationSince(organisationId, sinceDay);
        events.events(recent, first, viewer).items().stream()
                .filter(event -> !event.occurredAt().isBefore(since))
                .forEach(event -> items.add(ItemSource.EVENT, event.id(), event.description()));
        stops.stopsSince(site, organisationId, since, PER_PART, viewer)
                .forEach(stop -> items.add(ItemSource.STOP_WORK, stop.id(), stop.work() + ": " + stop.unsafe()));
        if (organisationId == null) {
            risks(site, viewer, items);
        } else {
            documents.documentsOf(organisationId, viewer).stream()
                    .filter(document -> expiring(document, day))
                    .limit(PER_PART)
                    .forEach(document -> items.add(
                            ItemSource.DOCUMENT, document.id(), document.title() + " — " + document.validUntil()));
        }
        return items.list;
    }

    /** The site's fatal risks not yet brought down, then its extreme ones. */
    private void risks(UUID site, Viewer viewer, Items items) {
        var fatal = new RiskFilter(null, site, null, null, null, true, null, null, null, null, null, null, null);
        var extreme =
                new RiskFilter(null, site, null, null, Band.EXTREME, null, null, null, null, null, null, null, null);
        for (var filter : List.of(fatal, extreme)) {
            risks.risks(filter, Paging.first(PER_PART), viewer).items().stream()
                    .filter(risk -> risk.status() == RiskStatus.IDENTIFIED || risk.status() == RiskStatus.ASSESSED)
                    .forEach(risk -> items.add(ItemSource.RISK, risk.id(), risk.activity() + " — " + risk.hazard()));
        }
    }

    /** The actions the filter selects, on the site when one is given. */
    private List<ActionRow> actionRows(ActionFilter filter, UUID site, Viewer viewer) {
        var selected = site == null ? filter : filter.onSite(site);
        return actions.actions(selected, Paging.first(PER_PART), viewer).items();
    }

    private boolean expiring(ContractorDocument document, LocalDate day) {
        return !document.isVoided()
                && document.status() == DocumentStatus.APPROVED
                && document.validUntil() != null
                && !document.validUntil().isAfter(day.plusDays(DOCUMENT_DAYS))
                && !reminders.renewed(document.id());
    }

    /** The items so far, each record once. */
    private static final class Items {

        private final List<AgendaItem> list = new ArrayList<>();
        private final Set<UUID> records = new HashSet<>();

        void add(AgendaItem item) {
            if (item.recordId() == null || records.add(item.recordId())) {
                list.add(item);
            }
        }

        void add(ItemSource source, UUID recordId, String title) {
            add(new AgendaItem(UUID.randomUUID(), source, recordId, shortened(title), null, null, null));
        }

        private static String shortened(String text) {
            var stripped = text == null ? "" : text.strip();
            return stripped.length() <= TITLE ? stripped : stripped.substring(0, TITLE - 1) + "…";
        }
    }
}
