package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ReplayableClockTests {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant PAST = Instant.parse("2025-12-31T20:00:00Z");

    private final ReplayableClock clock = new ReplayableClock(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void tellsTheSystemsTimeUnlessReplaying() {
        assertThat(clock.instant()).isEqualTo(NOW);
        assertThat(clock.replay(PAST, clock::instant)).isEqualTo(PAST);
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void aClockSeenFromAnotherZoneReplaysToo() {
        var yekaterinburg = ZoneId.of("Asia/Yekaterinburg");
        var day = clock.replay(PAST, () -> LocalDate.now(clock.withZone(yekaterinburg)));
        assertThat(day).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(LocalDate.now(clock.withZone(yekaterinburg))).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void nestedReplaysRestoreTheOuterTimeAndFailuresEndTheReplay() {
        var later = PAST.plusSeconds(3600);
        var inner = clock.replay(PAST, () -> {
            var nested = clock.replay(later, clock::instant);
            return nested + " " + clock.instant();
        });
        assertThat(inner).isEqualTo(later + " " + PAST);
        assertThatThrownBy(() -> clock.replay(PAST, () -> {
                    throw new IllegalStateException("refused");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void otherThreadsKeepTheSystemsTime() {
        var elsewhere = clock.replay(
                PAST, () -> CompletableFuture.supplyAsync(clock::instant).join());
        assertThat(elsewhere).isEqualTo(NOW);
    }
}
