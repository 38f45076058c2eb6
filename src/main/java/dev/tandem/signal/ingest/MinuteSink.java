package dev.tandem.signal.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.stereotype.Component;

/** Finished minute aggregates waiting to be written in one batch. */
@Component
class MinuteSink {

    private final ConcurrentLinkedQueue<MinuteRow> rows = new ConcurrentLinkedQueue<>();

    void add(MinuteRow row) {
        rows.add(row);
    }

    /** Returns rows that could not be written yet, to be taken again. */
    void putBack(List<MinuteRow> taken) {
        rows.addAll(taken);
    }

    /** Takes up to {@code max} waiting rows. */
    List<MinuteRow> drain(int max) {
        var taken = new ArrayList<MinuteRow>();
        MinuteRow row;
        while (taken.size() < max && (row = rows.poll()) != null) {
            taken.add(row);
        }
        return taken;
    }
}
