package dev.tandem.demo;

import java.util.List;

/** The words of the enterprise-scale register, from the plant's texts ({@code bulkRisk.*}). */
final class DemoRiskTexts {

    /** What one risk says. */
    record Text(String activity, String hazard, String unwantedEvent, String consequence) {}

    private final DemoTexts texts;

    DemoRiskTexts(DemoTexts texts) {
        this.texts = texts;
    }

    /** One of the category's risks, chosen by {@code n}. */
    Text of(String category, int n) {
        List<String> risks = texts.list("bulkRisk." + category);
        if (risks.isEmpty()) {
            // a category the safety department added: the plant's own first category speaks for it
            risks = texts.list("bulkRisk.MOLTEN_METAL");
        }
        var parts = risks.get(n % risks.size()).split("\\|");
        return new Text(parts[0], parts[1], parts[2], parts[3]);
    }

    String measure(String category) {
        return texts.list("bulkRisk." + category).isEmpty()
                ? texts.text("bulkRisk.measure.MOLTEN_METAL")
                : texts.text("bulkRisk.measure." + category);
    }

    String done() {
        return texts.text("bulkRisk.done");
    }

    String verified() {
        return texts.text("bulkRisk.verified");
    }

    String acceptance() {
        return texts.text("bulkRisk.acceptance");
    }
}
