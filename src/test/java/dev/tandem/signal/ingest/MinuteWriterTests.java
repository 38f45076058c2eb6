package dev.tandem.signal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;

class MinuteWriterTests {

    private final MinuteSink sink = new MinuteSink();
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final MinuteWriter writer = new MinuteWriter(sink, mock(SignalIngestion.class), jdbc, null);
    private final List<Object[]> inserted = new ArrayList<>();

    @Test
    void minutesTheDatabaseCouldNotTakeAreWrittenAtTheNextFlushWithEverySample() {
        when(jdbc.update(anyString(), any(Object[].class)))
                .thenThrow(new CannotGetJdbcConnectionException("no connection in time"))
                .thenAnswer(invocation -> {
                    inserted.add((Object[]) invocation.getRawArguments()[1]);
                    return 2;
                });
        sink.add(minute(60));
        sink.add(minute(58));

        assertThat(writer.writeWaiting()).isZero();
        assertThat(inserted).isEmpty();

        assertThat(writer.writeWaiting()).isEqualTo(2);
        assertThat(inserted).hasSize(1);
        // eight values a row: the samples are the third
        assertThat((int) inserted.get(0)[2] + (int) inserted.get(0)[10]).isEqualTo(118);
        assertThat(writer.writeWaiting()).isZero();
    }

    @Test
    void minutesTheDatabaseRefusesAreNotTriedForever() {
        when(jdbc.update(anyString(), any(Object[].class)))
                .thenThrow(new DataIntegrityViolationException("out of range"));
        sink.add(minute(60));

        assertThat(writer.writeWaiting()).isZero();
        assertThat(sink.drain(10)).isEmpty();
    }

    private static MinuteRow minute(int samples) {
        return new MinuteRow(
                UUID.randomUUID(), 1_767_940_440_000L, samples, 1, 2, 1.5 * samples, 2, 1_767_940_499_000L);
    }
}
