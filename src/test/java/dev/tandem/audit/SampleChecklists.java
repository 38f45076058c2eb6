package dev.tandem.audit;

import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** A crane pre-use check for the tests that need a published checklist with conditions across questions. */
public final class SampleChecklists {

    private SampleChecklists() {}

    /** Drafts and publishes the check as the given safety specialist; returns its id. */
    public static UUID cranePreUseCheck(Checklists checklists, Viewer hse) {
        var json = JsonMapper.shared();
        var questions = List.of(
                new Question(
                        "latches",
                        QuestionType.YES_NO,
                        "Hooks and slings",
                        "Крюки и стропы",
                        "Are the safety latches of every hook in place and closing by themselves?",
                        "Предохранительные замки всех крюков на месте и закрываются сами?",
                        true,
                        null,
                        null,
                        new BigDecimal("3"),
                        null,
                        null,
                        null,
                        json.readTree("{\"==\": [{\"var\": \"latches\"}, \"no\"]}"),
                        json.readTree("{\"==\": [{\"var\": \"latches\"}, \"no\"]}")),
                new Question(
                        "load",
                        QuestionType.NUMBER,
                        "Hooks and slings",
                        "Крюки и стропы",
                        "Heaviest load to be lifted this shift, tonnes",
                        "Наибольший груз за смену, тонн",
                        true,
                        BigDecimal.ZERO,
                        new BigDecimal("50"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                new Question(
                        "overload",
                        QuestionType.YES_NO,
                        "Limiters",
                        "Ограничители",
                        "Has the overload limiter been tested with a test weight today?",
                        "Ограничитель грузоподъёмности сегодня проверен контрольным грузом?",
                        true,
                        null,
                        null,
                        null,
                        null,
                        json.readTree(
                                "{\"and\": [{\"==\": [{\"var\": \"latches\"}, \"no\"]}, {\">\": [{\"var\": \"load\"}, 5]}]}"),
                        null,
                        null,
                        null));
        var template = checklists
                .draft(
                        null,
                        new DefineTemplate(
                                "Crane pre-use check "
                                        + UUID.randomUUID().toString().substring(0, 8),
                                "Before the first lift of every shift, by the crane operator",
                                null,
                                questions),
                        hse)
                .record();
        return checklists.publish(template.id(), Precondition.none(), hse).id();
    }
}
