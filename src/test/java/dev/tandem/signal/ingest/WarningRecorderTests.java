package dev.tandem.signal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;

import dev.tandem.signal.ingest.StreamOutput.FiredWarning;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

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
        var recorder = new WarningRecorder(store, 1);
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
        var recorder = new WarningRecorder(store, 1);
        recorder.start();
        recorder.stop();
        var warning = warning();

        recorder.fired(warning);

        verify(store).record(warning);
    }

    private static FiredWarning warning() {
        var pump = new EquipmentInfo(UUID.randomUUID(), UUID.randomUUID(), null, "P-101", "Feed pump");
        return new FiredWarning(UUID.randomUUID(), pump, 1_767_940_473_000L, 4.2, List.of(), null, null);
    }
}
