package dev.tandem.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.history.HistoryEntry.Change;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HistoryTests {

    @Test
    void recordsOnlyTheFieldsThatChanged() {
        var before = Recorded.fields("name", "Blast furnace", "code", "BF2", "owner", null);
        var after = Recorded.fields("name", "Blast furnace No. 2", "code", "BF2", "owner", "Petrov");

        assertThat(History.diff(before, after))
                .containsOnlyKeys("name", "owner")
                .containsEntry("name", new Change("Blast furnace", "Blast furnace No. 2"))
                .containsEntry("owner", new Change(null, "Petrov"));
    }

    @Test
    void aTimeIsComparedToTheMicrosecondTheDatabaseKeeps() {
        var stored = Recorded.fields("occurredAt", Instant.parse("2026-01-09T08:00:00.123457Z"));
        var sentRoundedUp = Recorded.fields("occurredAt", Instant.parse("2026-01-09T08:00:00.123456789Z"));
        var sentRoundedDown = Recorded.fields("occurredAt", Instant.parse("2026-01-09T08:00:00.123457400Z"));

        assertThat(History.diff(stored, sentRoundedUp)).isEmpty();
        assertThat(History.diff(stored, sentRoundedDown)).isEmpty();
        assertThat(History.diff(stored, Recorded.fields("occurredAt", Instant.parse("2026-01-09T08:00:00.123458Z"))))
                .containsOnlyKeys("occurredAt");
    }

    @Test
    void aCreatedRecordShowsEveryFieldWithAValue() {
        assertThat(History.diff(Recorded.fields(), Recorded.fields("name", "Sinter plant", "address", null)))
                .containsOnlyKeys("name");
    }
}
