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
        var stored = Recorded.fields("occurredAt", Instant.parse("2026-01-09T08:00:00.123456Z"));
        var sent = Recorded.fields("occurredAt", Instant.parse("2026-01-09T08:00:00.123456789Z"));

        assertThat(History.diff(stored, sent)).isEmpty();
    }

    @Test
    void aCreatedRecordShowsEveryFieldWithAValue() {
        assertThat(History.diff(Recorded.fields(), Recorded.fields("name", "Sinter plant", "address", null)))
                .containsOnlyKeys("name");
    }
}
