package dev.tandem.demo;

import dev.tandem.demo.DemoActionPlans.Plan;
import dev.tandem.demo.DemoBulkEvents.Event;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

/**
 * The enterprise-scale plant's safety events, their injuries and the corrective actions raised on them, as COPY rows:
 * each row what the application would have stored after its people took every step.
 */
final class DemoBulkEventRows {

    private static final String EVENT_COLUMNS = "id, type, status, occurred_at, reported_at, site_id, area_id,"
            + " organisation_id, involved_organisation_ids, description, reporter_id, reporter_person_id,"
            + " reporter_organisation_id, sif_potential, deliberate, violator_person_id, review_note, voided_at, voided_by,"
            + " voided_reason, version";
    private static final String INJURY_COLUMNS = "safety_event, safety_event_key, person_id, person_name,"
            + " organisation_id, injury_class, body_part, nature, days_away, days_restricted";
    static final String ACTION_COLUMNS = "id, title, description, source_type, source_id, source_category,"
            + " site_id, owner_person_id, responsible_organisation_id, due_date, priority, status, created_at, done_at,"
            + " completion_note, verified_at, verified_by, verification_note, version";

    private DemoBulkEventRows() {}

    /** What the walk through the events left: counts, and the sum of the action shares of reviewed events. */
    record EventCounts(int events, int injuries, double weights) {}

    static EventCounts events(Connection connection, DemoBulkEvents events) throws SQLException {
        var copy = DemoCopy.into(connection, "safety_event", EVENT_COLUMNS);
        var injured = new ArrayList<Event>();
        double[] weights = {0};
        events.forEach(event -> {
            try {
                event(copy, event, events.duplicateReason());
            } catch (SQLException failure) {
                throw new IllegalStateException(failure);
            }
            if (event.injury() != null) {
                injured.add(event);
            }
            var reported = event.reported();
            if (reported.reviewedAt() != null) {
                weights[0] += DemoActionPlans.share(reported);
            }
        });
        int written = (int) copy.finish();
        var injuries = DemoCopy.into(connection, "injury", INJURY_COLUMNS);
        for (var event : injured) {
            var injury = event.injury();
            injuries.add(event.id())
                    .add(0)
                    .add(injury.personId())
                    .add(injury.personName())
                    .add(injury.organisationId())
                    .add(injury.injuryClass())
                    .add(injury.bodyPart())
                    .add(injury.nature())
                    .add(injury.daysAway())
                    .add(injury.daysRestricted())
                    .row();
        }
        return new EventCounts(written, (int) injuries.finish(), weights[0]);
    }

    private static void event(DemoCopy copy, Event event, String duplicateReason) throws SQLException {
        var worker = event.worker();
        copy.add(event.id())
                .add(event.type())
                .add(event.status())
                .add(event.occurredAt())
                .add(event.reportedAt())
                .add(event.siteId())
                .add(event.areaId())
                .add(worker.organisationId())
                .add("{}")
                .add(event.description())
                .add(null)
                .add(worker.personId())
                .add(worker.organisationId())
                .add(event.sifPotential())
                .add(event.deliberate())
                .add(null)
                .add(null)
                .add(event.voidedAt())
                .add(null)
                .add(event.voidedAt() == null ? null : duplicateReason)
                .add(event.version())
                .row();
    }

    /**
     * Raises exactly {@code actions} actions, spread over the reviewed events by their shares: each event adds its
     * share, scaled so the shares add up to the count asked for, and an action is raised whenever the running sum
     * passes a whole number. An event may get more than one when more actions are asked for than events deserve.
     */
    static int actions(Connection connection, DemoBulkEvents events, DemoActionPlans plans, int actions, double weights)
            throws SQLException {
        var copy = DemoCopy.into(connection, "corrective_action", ACTION_COLUMNS);
        double scale = weights == 0 ? 0 : actions / weights;
        double[] due = {0.5};
        int[] raised = {0};
        events.forEach(event -> {
            var reported = event.reported();
            if (reported.reviewedAt() == null) {
                return;
            }
            due[0] += DemoActionPlans.share(reported) * scale;
            while (due[0] >= 1 && raised[0] < actions) {
                due[0] -= 1;
                try {
                    action(copy, plans.plan(DemoRun.id("action", raised[0]++), reported), events);
                } catch (SQLException failure) {
                    throw new IllegalStateException(failure);
                }
            }
        });
        return (int) copy.finish();
    }

    /** The action as its steps up to now left it. */
    private static void action(DemoCopy copy, Plan plan, DemoBulkEvents events) throws SQLException {
        var reached = plan.reached(events.now());
        var event = plan.event();
        copy.add(plan.id())
                .add(plan.title())
                .add(null)
                .add("EVENT")
                .add(event.id())
                .add(event.type())
                .add(event.siteId())
                .add(plan.owner().worker().personId())
                .add(plan.responsible())
                .add(plan.due())
                .add(plan.priority())
                .add(reached.status())
                .add(plan.raisedAt())
                .add(reached.doneAt())
                .add(reached.completionNote())
                .add(reached.verifiedAt())
                .add(reached.verifiedBy())
                .add(reached.verificationNote())
                .add(reached.version())
                .row();
    }
}
