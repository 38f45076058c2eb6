package dev.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.organisation.DefineArea;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.ReplayableClock;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The share of critical controls verified on time, worked by hand on a site of its own for the quarter before this
 * one: controls added and verified at their moments in the past, one voided halfway, one added before the quarter.
 */
@TandemIntegrationTest
class ControlFiguresIntegrationTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    PlantStructure plant;

    @Autowired
    RiskRegister risks;

    @Autowired
    ControlRegister controls;

    @Autowired
    ControlFigures figures;

    @Autowired
    HazardTaxonomy taxonomy;

    @Autowired
    ReplayableClock clock;

    final Viewer hse = Viewer.automated("figures", "Figures test", Role.HSE_SPECIALIST);

    @Test
    void eachDueVerificationOfTheQuarterCountsMetWhenDoneByItsDueDate() throws Exception {
        var logins = new Logins(context);
        var code = "F" + UUID.randomUUID().toString().substring(0, 6);
        var site = plant.createSite(
                null, DefineSite.named(code, "Figures works " + code, ZONE.getId(), null), logins.viewer("admin"));
        var area = plant.createArea(
                null, new DefineArea(site.id(), code, "Converter bay", null, null), logins.viewer("admin"));
        var owner = logins.viewer("manager").personId();
        var risk = risks.identify(
                        new IdentifyRisk(
                                null,
                                null,
                                area.id(),
                                "Converter charging",
                                taxonomy.current().get(0).id(),
                                "Scrap charging into a wet converter",
                                "Steam explosion",
                                "Death",
                                owner,
                                LocalDate.now().plusMonths(6),
                                true),
                        hse)
                .record()
                .id();
        var before = LocalDate.now(ZONE).minusMonths(3);
        int year = before.getYear();
        int quarter = ControlFigures.quarterOf(before);
        var start =
                LocalDate.of(year, (quarter - 1) * 3 + 1, 1).atStartOfDay(ZONE).toInstant();
        var end = LocalDate.of(year, (quarter - 1) * 3 + 1, 1)
                .plusMonths(3)
                .atStartOfDay(ZONE)
                .toInstant();
        var c0 = start.plus(Duration.ofHours(1));

        // A, every 20 days from c0: due c0+20 (met at +15), c0+35 (missed), c0+55 (met at +50), c0+70 (met at +69),
        // c0+89 (missed); the next, c0+109, lies beyond the quarter: 5 due, 3 met
        var a = critical(risk, 20, c0);
        verify(risk, a, c0.plus(days(15)), true);
        verify(risk, a, c0.plus(days(50)), false);
        verify(risk, a, c0.plus(days(69)), true);
        // B, weekly from ten days before the end: due end-3 days, met by a failed check at end-5 days: 1 due, 1 met
        var b = critical(risk, 7, end.minus(days(10)));
        verify(risk, b, end.minus(days(5)), false);
        // C is not critical and never falls due
        at(
                c0,
                () -> controls.add(
                        risk,
                        new DefineControl(null, ControlLevel.PPE, "Face shields", owner, false, null, null),
                        hse));
        // D, every 10 days from c0, never verified, voided at start+30 days: due c0+10, c0+20 (both missed); c0+30
        // falls after the voiding: 2 due, 0 met
        var d = critical(risk, 10, c0);
        at(start.plus(days(30)), () -> controls.voidControl(risk, d, "Replaced by a fixed monitor", hse));
        // E, monthly from 15 days before the quarter: due start+15 (met by the check at start-5, before the quarter),
        // start+25, start+55, start+85 (missed); start+115 lies beyond: 4 due, 1 met
        var e = critical(risk, 30, start.minus(days(15)));
        verify(risk, e, start.minus(days(5)), true);

        var share = figures.onTime(year, quarter).stream()
                .filter(figure -> figure.siteId().equals(site.id()))
                .findFirst()
                .orElseThrow();
        assertThat(share.due()).isEqualTo(12);
        assertThat(share.onTime()).isEqualTo(5);
        assertThat(share.percent()).isEqualTo(41);
        assertThat(share.share()).isEqualTo(5.0 / 12);

        var earlier = before.minusMonths(3);
        var nothingDue = figures.onTime(earlier.getYear(), ControlFigures.quarterOf(earlier)).stream()
                .filter(figure -> figure.siteId().equals(site.id()))
                .findFirst()
                .orElseThrow();
        assertThat(nothingDue.due()).isZero();
        assertThat(nothingDue.share()).isNull();

        var page = mvc.perform(get("/risks/critical-controls/on-time").with(logins.as("contractor1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Figures works " + code, "41 % (5 of 12)");
    }

    private UUID critical(UUID risk, int cadence, Instant at) {
        var owner = new Logins(context).viewer("worker").personId();
        return at(
                        at,
                        () -> controls.add(
                                risk,
                                new DefineControl(
                                        null,
                                        ControlLevel.ENGINEERING,
                                        "Moisture check of the scrap box, cadence " + cadence,
                                        owner,
                                        true,
                                        "No visible water or snow in the box",
                                        cadence),
                                hse))
                .record()
                .id();
    }

    private void verify(UUID risk, UUID control, Instant at, boolean passed) {
        at(at, () -> controls.verify(risk, control, new VerifyControl(null, passed, null), null, hse));
    }

    private <T> T at(Instant at, java.util.function.Supplier<T> step) {
        return clock.replay(at, step);
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }
}
