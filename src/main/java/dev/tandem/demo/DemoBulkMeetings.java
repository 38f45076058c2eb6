package dev.tandem.demo;

import dev.tandem.demo.DemoBulkEngagements.Engagement;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.meeting.rotations.Rotation;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A year of rotation meetings of an enterprise-scale plant's engagements, written with COPY as the module would have
 * stored them once each was held: in every rotation of the engagement's pattern within its days, the mentor met the
 * contractor's supervisor (every fourth time with a safety specialist; every tenth the specialist was invited and did
 * not come), discussed an item the mentor added (every third carried over to the next meeting, which discussed it) and
 * the previous decision's action while it was still open; every other meeting recorded a decision raised as an action
 * on either side, most of them done some days later. Every present attendee signed and the record was closed after the
 * meeting. About one rotation in thirty passed without one. Bulk rows have no entries in the change history, and the
 * meetings' events (the onboarding's step, the minutes sent) were not published.
 */
final class DemoBulkMeetings {

    /** How far back the meetings go. */
    private static final Duration YEAR = Duration.ofDays(366);

    /** About one rotation in so many passed without a meeting. */
    private static final int MISSED_ONE_IN = 30;

    /** A decision's action is due two weeks after the meeting, as the module's default. */
    private static final int DECISION_DAYS = 14;

    /** What was written. */
    record Written(int meetings, int missed, int signatures, int decisions, int done) {}

    record Attending(Worker person, boolean present) {}

    record Item(UUID id, String source, UUID recordId, String title, String outcome, String note, UUID from) {}

    record Decision(UUID id, String text, Worker owner, LocalDate due, Instant doneAt, Instant raisedAt) {}

    record Held(
            UUID id,
            Engagement engagement,
            Instant at,
            String place,
            List<Attending> attending,
            List<Item> items,
            Decision decision) {}

    private final DemoTexts texts;
    private final Worker safety;
    private final Instant now;
    private final Random random;
    private final DemoSignatures signatures = new DemoSignatures();
    private final List<Held> held = new ArrayList<>();
    private int missed;

    DemoBulkMeetings(DemoTexts texts, Worker safety, Instant now, long seed) {
        this.texts = texts;
        this.safety = safety;
        this.now = now;
        this.random = new Random(seed);
    }

    /** Draws the year's meetings of every engagement, then writes them table by table. */
    Written write(Connection connection, List<Engagement> engagements) throws SQLException {
        engagements.forEach(this::draw);
        var rows = new DemoBulkMeetingRows(connection, texts);
        rows.meetings(held);
        int signed = rows.attendees(held, signatures::of);
        rows.items(held);
        int done = rows.decisions(held);
        return new Written(
                held.size(),
                missed,
                signed,
                (int) held.stream()
                        .filter(meeting -> meeting.decision() != null)
                        .count(),
                done);
    }

    /** The engagement's meetings, one in each of the year's rotations within its days but the few missed. */
    private void draw(Engagement engagement) {
        var from = now.minus(YEAR).isAfter(engagement.started()) ? now.minus(YEAR) : engagement.started();
        var to = engagement.ends().isBefore(now) ? engagement.ends() : now;
        Item carried = null;
        Decision previous = null;
        for (var rotation : engagement.calendar().overlapping(from, to)) {
            var startsAt =
                    rotation.startsAt().isBefore(engagement.started()) ? engagement.started() : rotation.startsAt();
            var endsAt = rotation.endsAt().isAfter(engagement.ends()) ? engagement.ends() : rotation.endsAt();
            boolean ended = !endsAt.isAfter(now);
            if (ended && random.nextInt(MISSED_ONE_IN) == 0) {
                missed++;
                continue;
            }
            var at = within(new Rotation(rotation.number(), rotation.firstDay(), startsAt, endsAt));
            if (at.plus(Duration.ofHours(1)).isAfter(now)) {
                continue;
            }
            var meeting = meet(engagement, at, carried, previous);
            held.add(meeting);
            carried = meeting.items().stream()
                    .filter(item -> item.outcome().equals("CARRIED_OVER"))
                    .findFirst()
                    .orElse(null);
            previous = meeting.decision() != null ? meeting.decision() : previous;
        }
    }

    /** A time in the middle half of the rotation, on the half hour. */
    private Instant within(Rotation rotation) {
        long minutes = Duration.between(rotation.startsAt(), rotation.endsAt()).toMinutes();
        var at = rotation.startsAt().plus(Duration.ofMinutes(minutes / 4 + random.nextLong(Math.max(1, minutes / 2))));
        return Instant.ofEpochSecond(at.getEpochSecond() / 1800 * 1800);
    }

    private Held meet(Engagement engagement, Instant at, Item carried, Decision previous) {
        int n = held.size();
        var id = DemoRun.id("bulk-meeting", n);
        var attending = new ArrayList<Attending>(List.of(
                new Attending(engagement.mentor(), true),
                new Attending(engagement.contractor().supervisor(), true)));
        if (n % 4 == 3) {
            attending.add(new Attending(safety, true));
        } else if (n % 10 == 1) {
            attending.add(new Attending(safety, false));
        }
        var items = new ArrayList<Item>();
        if (carried != null) {
            items.add(new Item(
                    itemId(),
                    carried.source(),
                    null,
                    carried.title(),
                    "DISCUSSED",
                    texts.any("meeting.note", random),
                    carried.id()));
        }
        if (previous != null && (previous.doneAt() == null || previous.doneAt().isAfter(at))) {
            var overdue = previous.due().isBefore(LocalDate.ofInstant(at, DemoCatalogue.ZONE));
            items.add(new Item(
                    itemId(),
                    overdue ? "OVERDUE_ACTION" : "OPEN_ACTION",
                    previous.id(),
                    previous.text(),
                    "DISCUSSED",
                    texts.any("meeting.note", random),
                    null));
        }
        boolean carriesOver = n % 3 == 2;
        items.add(new Item(
                itemId(),
                "ADDED",
                null,
                texts.any("meeting.item", random),
                carriesOver ? "CARRIED_OVER" : "DISCUSSED",
                texts.any(carriesOver ? "meeting.carried" : "meeting.note", random),
                null));
        return new Held(
                id, engagement, at, texts.any("meeting.place", random), attending, items, decision(n, engagement, at));
    }

    /** Every other meeting decides; the action is done some days later, except every third, still open. */
    private Decision decision(int n, Engagement engagement, Instant at) {
        if (n % 2 == 1) {
            return null;
        }
        int d = n / 2;
        var owner = d % 2 == 0 ? engagement.contractor().supervisor() : engagement.mentor();
        var doneAt = at.plus(Duration.ofDays(5 + random.nextInt(8)));
        return new Decision(
                DemoRun.id("bulk-meeting-decision", d),
                texts.any("meeting.decision", random),
                owner,
                LocalDate.ofInstant(at, DemoCatalogue.ZONE).plusDays(DECISION_DAYS),
                d % 3 == 2 || doneAt.isAfter(now) ? null : doneAt,
                at.plus(Duration.ofMinutes(40)));
    }

    private int itemSequence;

    private UUID itemId() {
        return DemoRun.id("bulk-meeting-item", itemSequence++);
    }
}
