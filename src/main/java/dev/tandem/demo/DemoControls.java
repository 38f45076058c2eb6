package dev.tandem.demo;

import dev.tandem.demo.DemoActionPlans.Actor;
import dev.tandem.demo.DemoActionPlans.Staff;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.risk.ControlLevel;
import dev.tandem.risk.DefineControl;
import dev.tandem.risk.RiskFilter;
import dev.tandem.risk.RiskQueries.RiskRow;
import dev.tandem.risk.VerifyControl;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The demo step that gives the fatal risks of the register (as {@link DemoRisks} entered them) their critical
 * controls, two each (one checked weekly by the area's manager, one monthly by the safety department) with half a year
 * of verifications: most on time, some late, a few failed (each failure raising its repair action), and the latest
 * check of a few failed, so the register shows controls NOT EFFECTIVE.
 */
final class DemoControls {

    /** How far back the controls were added. */
    static final Duration HISTORY = Duration.ofDays(182);

    private final DemoServices services;
    private final DemoTimeline timeline;
    private final DemoTexts texts;
    private final Staff staff;
    private final Random random;

    DemoControls(DemoServices services, DemoTimeline timeline, DemoTexts texts, Staff staff, long seed) {
        this.services = services;
        this.timeline = timeline;
        this.texts = texts;
        this.staff = staff;
        this.random = new Random(seed);
    }

    /**
     * Adds the controls and their history to at most {@code limit} fatal risks.
     *
     * @return how many verifications were recorded
     */
    int generate(int limit) {
        var fatal = fatalRisks(limit);
        int verifications = 0;
        for (int i = 0; i < fatal.size(); i++) {
            var risk = fatal.get(i);
            // the latest check of every fifth risk's weekly control found it not effective
            verifications += control(risk, 0, 7, areaManager(risk), Role.LINE_MANAGER, i % 5 == 0);
            verifications += control(risk, 1, 30, safetyDepartment(i), Role.HSE_SPECIALIST, false);
        }
        return verifications;
    }

    private List<RiskRow> fatalRisks(int limit) {
        var filter = new RiskFilter(null, null, null, null, null, true, null, null, null, null, null, null, null);
        return services.riskQueries()
                .risks(filter, Paging.first(Math.min(limit, Paging.MAX_SIZE)), keeper())
                .items();
    }

    /** One critical control added half a year ago and verified at its cadence since; answers the checks made. */
    private int control(RiskRow risk, int which, int cadence, Worker owner, Role role, boolean endsFailed) {
        var text = controlText(risk.categoryCode(), which);
        var added = timeline.now().minus(HISTORY).plus(Duration.ofHours(random.nextInt(72)));
        var details = new DefineControl(
                id("control", risk.id() + "/" + which),
                which == 0 ? ControlLevel.ENGINEERING : ControlLevel.ADMINISTRATIVE,
                text[0],
                owner.personId(),
                true,
                text[1],
                cadence);
        var control = timeline.at(added, () -> services.controls().add(risk.id(), details, keeper()))
                .record()
                .id();
        var verifier = new Actor(owner, role).viewer();
        int checks = 0;
        var anchor = added;
        while (true) {
            var due = anchor.plus(Duration.ofDays(cadence));
            // mostly a day or two early, one in eight up to four days late
            var at = random.nextInt(8) == 0
                    ? due.plus(Duration.ofHours(2 + random.nextInt(96)))
                    : due.minus(Duration.ofHours(2 + random.nextInt(46)));
            if (!timeline.hasHappened(at)) {
                break;
            }
            boolean last =
                    !timeline.hasHappened(at.plus(Duration.ofDays(cadence)).minus(Duration.ofHours(48)));
            boolean passed = last && endsFailed ? false : random.nextInt(25) != 0;
            var note = passed ? null : texts.text("controlFailed");
            var verification = new VerifyControl(id("verification", control + "/" + checks), passed, note);
            timeline.at(at, () -> services.controls().verify(risk.id(), control, verification, null, verifier));
            checks++;
            anchor = at;
        }
        return checks;
    }

    private String[] controlText(String category, int which) {
        var key = "control." + category + "." + (which + 1);
        var text = texts.hasText(key) ? texts.text(key) : texts.text("control.GAS." + (which + 1));
        return text.split("\\|", 2);
    }

    private Worker areaManager(RiskRow risk) {
        var manager = staff.areaManagers().get(risk.areaId());
        return manager != null ? manager : staff.safetyDepartment().get(0);
    }

    private Worker safetyDepartment(int i) {
        return staff.safetyDepartment().get(i % staff.safetyDepartment().size());
    }

    /** Tandem's demo, keeping the register as the safety department does. */
    private Viewer keeper() {
        return Viewer.automated("demo", texts.text("actor.demo"), Role.HSE_SPECIALIST);
    }

    private static UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes(("demo-" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
