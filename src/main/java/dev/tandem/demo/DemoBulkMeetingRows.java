package dev.tandem.demo;

import dev.tandem.demo.DemoBulkMeetings.Attending;
import dev.tandem.demo.DemoBulkMeetings.Held;
import dev.tandem.demo.DemoSafetyYear.Worker;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of {@link DemoBulkMeetings}' meetings, table by table with COPY on one connection: the records, the
 * signatures and attendees, the agenda items, the decisions and their actions.
 */
final class DemoBulkMeetingRows {

    private static final String MEETING_COLUMNS = "id, kind, engagement_id, organisation_id, site_id, held_at, place,"
            + " status, closed_at, created_at, language, version";
    private static final String SIGNATURE_COLUMNS = "id, meeting_id, content_type, size_bytes, content, added_at";
    private static final String ATTENDEE_COLUMNS =
            "meeting_record, meeting_record_key, person_id, organisation_id, present, signature_id, signed_at";
    private static final String ITEM_COLUMNS =
            "meeting_record, meeting_record_key, item_id, source, record_id, title, outcome, note, carried_from";
    private static final String DECISION_COLUMNS = "meeting_record, meeting_record_key, decision_id, text,"
            + " owner_person_id, responsible_organisation_id, due_date, action_id";

    private final Connection connection;
    private final DemoTexts texts;

    DemoBulkMeetingRows(Connection connection, DemoTexts texts) {
        this.connection = connection;
        this.texts = texts;
    }

    /** The meetings' records: held, closed after the meeting, opened an hour before it. */
    void meetings(List<Held> held) throws SQLException {
        var language = texts.language().code();
        var meetings = DemoCopy.into(connection, "meeting_record", MEETING_COLUMNS);
        for (var meeting : held) {
            var engagement = meeting.engagement();
            meetings.add(meeting.id())
                    .add("ROTATION")
                    .add(engagement.id())
                    .add(engagement.contractor().id())
                    .add(engagement.siteId())
                    .add(meeting.at())
                    .add(meeting.place())
                    .add("HELD")
                    .add(closedAt(meeting))
                    .add(meeting.at().minus(Duration.ofHours(1)))
                    .add(language)
                    .add(steps(meeting))
                    .row();
        }
        meetings.finish();
    }

    /** Opened, attendees marked, items concluded, a decision, signatures, closed: the versions the steps left. */
    private static int steps(Held meeting) {
        return 1
                + meeting.attending().size()
                + meeting.items().size()
                + (meeting.decision() == null ? 0 : 1)
                + (int) meeting.attending().stream().filter(Attending::present).count()
                + 1;
    }

    private static Instant closedAt(Held meeting) {
        return meeting.at().plus(Duration.ofMinutes(50));
    }

    /** Each present attendee's signature, drawn at the end of the meeting, then the list of attendees. */
    int attendees(List<Held> held, Function<Worker, byte[]> signatures) throws SQLException {
        var pictures = DemoCopy.into(connection, "meeting_signature", SIGNATURE_COLUMNS);
        int n = 0;
        for (var meeting : held) {
            for (int k = 0; k < meeting.attending().size(); k++) {
                var attending = meeting.attending().get(k);
                if (attending.present()) {
                    var png = signatures.apply(attending.person());
                    pictures.add(DemoRun.id("bulk-meeting-signature", n++))
                            .add(meeting.id())
                            .add("image/png")
                            .add(png.length)
                            .add(png)
                            .add(signedAt(meeting, k))
                            .row();
                }
            }
        }
        int written = (int) pictures.finish();
        var attendees = DemoCopy.into(connection, "meeting_attendee", ATTENDEE_COLUMNS);
        n = 0;
        for (var meeting : held) {
            for (int k = 0; k < meeting.attending().size(); k++) {
                var attending = meeting.attending().get(k);
                var person = attending.person();
                attendees
                        .add(meeting.id())
                        .add(k)
                        .add(person.personId())
                        .add(person.organisationId())
                        .add(attending.present())
                        .add(attending.present() ? DemoRun.id("bulk-meeting-signature", n++) : null)
                        .add(attending.present() ? signedAt(meeting, k) : null)
                        .row();
            }
        }
        attendees.finish();
        return written;
    }

    private static Instant signedAt(Held meeting, int k) {
        return meeting.at().plus(Duration.ofMinutes(45 + k));
    }

    void items(List<Held> held) throws SQLException {
        var copy = DemoCopy.into(connection, "meeting_item", ITEM_COLUMNS);
        for (var meeting : held) {
            for (int k = 0; k < meeting.items().size(); k++) {
                var item = meeting.items().get(k);
                copy.add(meeting.id())
                        .add(k)
                        .add(item.id())
                        .add(item.source())
                        .add(item.recordId())
                        .add(item.title())
                        .add(item.outcome())
                        .add(item.note())
                        .add(item.from())
                        .row();
            }
        }
        copy.finish();
    }

    /** The decisions, then their actions (the decision's id is its action's); answers how many actions are done. */
    int decisions(List<Held> held) throws SQLException {
        var copy = DemoCopy.into(connection, "meeting_decision", DECISION_COLUMNS);
        for (var meeting : held) {
            var decision = meeting.decision();
            if (decision != null) {
                var owner = decision.owner();
                copy.add(meeting.id())
                        .add(0)
                        .add(decision.id())
                        .add(decision.text())
                        .add(owner.personId())
                        .add(owner.organisationId())
                        .add(decision.due())
                        .add(decision.id())
                        .row();
            }
        }
        copy.finish();
        var actions = DemoCopy.into(connection, "corrective_action", DemoBulkEventRows.ACTION_COLUMNS);
        int done = 0;
        for (var meeting : held) {
            var decision = meeting.decision();
            if (decision == null) {
                continue;
            }
            var owner = decision.owner();
            boolean isDone = decision.doneAt() != null;
            done += isDone ? 1 : 0;
            actions.add(decision.id())
                    .add(decision.text())
                    .add(null)
                    .add("MEETING")
                    .add(meeting.id())
                    .add(null)
                    .add(meeting.engagement().siteId())
                    .add(owner.personId())
                    .add(owner.organisationId())
                    .add(decision.due())
                    .add("MEDIUM")
                    .add(isDone ? "DONE" : "OPEN")
                    .add(decision.raisedAt())
                    .add(decision.doneAt())
                    .add(isDone ? texts.text("meeting.done") : null)
                    .add(null)
                    .add(null)
                    .add(null)
                    .add(isDone ? 2 : 0)
                    .row();
        }
        actions.finish();
        return done;
    }
}
