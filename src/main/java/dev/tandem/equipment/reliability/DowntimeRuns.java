package dev.tandem.equipment.reliability;

import dev.tandem.equipment.DowntimeReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The downtimes of a timeline. A DOWN change opens a downtime unless the machine is down for the same reason
 * already (a repeat says nothing new); the next change that is not DOWN for that reason ends it. A DOWN for another
 * reason ends one downtime and opens the next at the same moment: planned maintenance that turns up a failure is
 * a planned stop followed by a failure.
 */
public final class DowntimeRuns {

    /** @param endedAt null while open */
    public record Run(UUID id, Instant startedAt, Instant endedAt, DowntimeReason reason, String note) {

        public boolean planned() {
            return reason.planned();
        }

        Run endingAt(Instant at) {
            return new Run(id, startedAt, at, reason, note);
        }
    }

    private DowntimeRuns() {}

    /** @param timeline current changes of one machine, oldest first */
    public static List<Run> of(List<Moment> timeline) {
        var runs = new ArrayList<Run>();
        Run open = null;
        for (var moment : timeline) {
            if (open != null) {
                if (moment.down() && moment.reason() == open.reason()) {
                    continue;
                }
                runs.add(open.endingAt(moment.at()));
                open = null;
            }
            if (moment.down()) {
                open = new Run(moment.id(), moment.at(), null, moment.reason(), moment.note());
            }
        }
        if (open != null) {
            runs.add(open);
        }
        return runs;
    }
}
