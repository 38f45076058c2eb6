package dev.tandem.meeting.rotations;

import dev.tandem.meeting.RotationMissed;
import dev.tandem.shared.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags the rotations that ended without a meeting held, each once: a rotation is claimed by an insert only one
 * claimant wins, so with several nodes running the check its mentor still hears of it once, through the event
 * publication registry, committed with the claim. Rotations that ended over a week ago are no news.
 */
@Component
public class MissedRotations {

    static final Duration NEWS = Duration.ofDays(7);

    private final RotationCompliance compliance;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;

    MissedRotations(RotationCompliance compliance, JdbcClient jdbc, ApplicationEventPublisher publisher) {
        this.compliance = compliance;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /** Claims and announces the rotations missed; how many. */
    @Transactional
    public int flag(Clock clock) {
        var now = Instant.now(clock);
        int flagged = 0;
        for (var engagement : compliance.ended(now.minus(NEWS), now, Viewer.system())) {
            for (var record : engagement.rotations()) {
                if (record.missed() && claim(engagement, record, now)) {
                    var facts = engagement.engagement();
                    publisher.publishEvent(new RotationMissed(
                            facts.id(),
                            facts.organisationId(),
                            facts.siteId(),
                            facts.mentorPersonId(),
                            record.rotation().startsAt(),
                            record.rotation().endsAt()));
                    flagged++;
                }
            }
        }
        return flagged;
    }

    private boolean claim(
            RotationCompliance.EngagementRotations engagement, RotationCompliance.RotationRecord record, Instant now) {
        return jdbc.sql(
                                """
                                insert into meeting_missed_rotation (engagement_id, starts_at, ends_at, flagged_at)
                                values (:engagement, :starts, :ends, :now) on conflict do nothing""")
                        .param("engagement", engagement.engagement().id())
                        .param("starts", Timestamp.from(record.rotation().startsAt()))
                        .param("ends", Timestamp.from(record.rotation().endsAt()))
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }
}
