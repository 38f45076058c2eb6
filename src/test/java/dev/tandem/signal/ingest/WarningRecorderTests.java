package dev.tandem.signal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.tandem.signal.ingest.StreamOutput.FiredWarning;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class WarningRecorderTests {

    private final WarningStore store = mock(WarningStore.class);

    @Test
    void aFullQueueMakesIngestionWaitForRoomInsteadOfDroppingAWarning() throws Exception {
        var writing = new CountDownLatch(1);
        doAnswer(invocation -> {
                    writing.await();
                    return null;
                })
                .when(store)
                .record(any());
        var recorder = new WarningRecorder(store, 1, Duration.ZERO);
        recorder.start();
        var first = warning();
        var second = warning();
        var third = warning();

        // the first is being written, the second fills the queue, the third has to wait
        var ingestion = new Thread(() -> List.of(first, second, third).forEach(recorder::fired));
        ingestion.start();
        await().until(() -> ingestion.getState() == Thread.State.WAITING
                && mockingDetails(store).getInvocations().size() == 1);
        assertThat(ingestion.isAlive())
                .as("ingestion waits while the queue is full")
                .isTrue();

        writing.countDown();
        ingestion.join();
        recorder.stop();
        var order = inOrder(store);
        order.verify(store).record(first);
        order.verify(store).record(second);
        order.verify(store).record(third);
    }

    @Test
    void aWarningFiredWhileTheWriterIsStoppedIsWrittenAtOnce() {
        var recorder = new WarningRecorder(store, 1, Duration.ZERO);
        recorder.start();
        recorder.stop();
        var warning = warning();

        recorder.fired(warning);

        verify(store).record(warning);
    }

    @Test
    void aWarningTheDatabaseCouldNotTakeIsWrittenOnceItCanAndTheOnesBehindItWait() {
        var first = warning();
        var second = warning();
        doThrow(new CannotGetJdbcConnectionException("no connection in time"))
                .doThrow(new QueryTimeoutException("statement timeout"))
                .doNothing()
                .when(store)
                .record(first);
        var recorder = new WarningRecorder(store, 10, Duration.ZERO);
        recorder.start();

        recorder.fired(first);
        recorder.fired(second);

        await().untilAsserted(() -> verify(store).record(second));
        recorder.stop();
        var order = inOrder(store);
        order.verify(store, times(3)).record(first);
        order.verify(store).record(second);
    }

    @Test
    void aWarningThatCanNeverBeWrittenIsNotTriedAgain() {
        var broken = warning();
        doThrow(new DataIntegrityViolationException("no such equipment"))
                .when(store)
                .record(broken);
        var recorder = new WarningRecorder(store, 10, Duration.ZERO);
        recorder.start();

        recorder.fired(broken);
        var next = warning();
        recorder.fired(next);

        await().untilAsserted(() -> verify(store).record(next));
        recorder.stop();
        verify(store, times(1)).record(broken);
    }

    private static FiredWarning warning() {
        var pump = new EquipmentInfo(UUID.randomUUID(), UUID.randomUUID(), null, "P-101", "Feed pump");
        return new FiredWarning(UUID.randomUUID(), pump, 1_767_940_473_000L, 4.2, List.of(), null, null);
    }
}
