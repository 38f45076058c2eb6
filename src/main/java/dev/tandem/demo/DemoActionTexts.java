package dev.tandem.demo;

import dev.tandem.event.EventType;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** What the demo plant's corrective actions say: their titles by the kind of event, completion notes, reasons to redo. */
final class DemoActionTexts {

    private DemoActionTexts() {}

    private static final Map<EventType, List<String>> ACTION_TITLES = Map.of(
            EventType.HAZARD,
            List.of(
                    "Repair the guard rail and check the others on the platform",
                    "Clean up the spill and fix the leaking flange",
                    "Заменить освещение на лестнице к пульту управления",
                    "Освободить эвакуационный выход и нанести разметку",
                    "Replace damaged slings and inspect the rigging store",
                    "Закрыть кабельный канал съёмной решёткой"),
            EventType.NEAR_MISS,
            List.of(
                    "Fence off the walkway under the lifting route",
                    "Установить сигнализацию заднего хода на погрузчики",
                    "Add a pull-cord stop along the conveyor",
                    "Провести внеплановый инструктаж по работе на высоте",
                    "Fit toe boards on the scaffold deck"),
            EventType.INCIDENT,
            List.of(
                    "Investigate the injury and brief every shift on its causes",
                    "Заменить защитное ограждение привода конвейера",
                    "Grit the gate approach and add a winter cleaning round",
                    "Выдать и проверить применение защитных щитков",
                    "Review the job safety analysis of the task"),
            EventType.VIOLATION,
            List.of(
                    "Brief the crew on the permit-to-work rules and check permits for a week",
                    "Провести разбор нарушения с бригадой подрядчика",
                    "Retrain the crew in lockout before cleaning",
                    "Проверить наличие и применение страховочных привязей",
                    "Daily helmet and harness checks at the crew's muster for a month"),
            EventType.IMPROVEMENT_PROPOSAL,
            List.of(
                    "Paint walkway edges in the rolling mill",
                    "Установить зеркало на повороте погрузчиков",
                    "Add a second handrail on the stairs"));

    private static final List<String> COMPLETION_NOTES = List.of(
            "Done as planned; photos attached to the event.",
            "Выполнено, бригада ознакомлена под подпись.",
            "Replaced and checked by the shift foreman.",
            "Работы выполнены, акт приёмки подписан.",
            "Done; the same check added to the weekly round.");

    private static final List<String> REOPEN_REASONS = List.of(
            "The guard is fitted on one side only.",
            "Не все работники бригады прошли инструктаж.",
            "The marking has already worn off; use durable paint.");

    static String actionTitle(EventType type, Random random) {
        var choices = ACTION_TITLES.get(type);
        return choices.get(random.nextInt(choices.size()));
    }

    static String completionNote(Random random) {
        return COMPLETION_NOTES.get(random.nextInt(COMPLETION_NOTES.size()));
    }

    static String reopenReason(Random random) {
        return REOPEN_REASONS.get(random.nextInt(REOPEN_REASONS.size()));
    }
}
