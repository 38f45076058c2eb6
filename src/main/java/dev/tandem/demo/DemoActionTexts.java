package dev.tandem.demo;

import dev.tandem.event.EventType;
import java.util.Random;

/** What the demo plant's corrective actions say: their titles by the kind of event, completion notes, reasons to redo. */
final class DemoActionTexts {

    private final DemoTexts texts;

    DemoActionTexts(DemoTexts texts) {
        this.texts = texts;
    }

    String actionTitle(EventType type, Random random) {
        return texts.any("action.title." + type.name(), random);
    }

    String completionNote(Random random) {
        return texts.any("action.completionNote", random);
    }

    String reopenReason(Random random) {
        return texts.any("action.reopenReason", random);
    }
}
