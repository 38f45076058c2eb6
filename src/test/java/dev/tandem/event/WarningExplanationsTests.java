package dev.tandem.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The signals behind a warning in words a shift foreman reads, in English and in Russian. */
class WarningExplanationsTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final WarningExplanations explanations = new WarningExplanations(messages(), null);

    @Test
    void saysHowFarAboveNormalASignalIsAndHowFastItRises() {
        var bearing = new ContributingSignal(
                "P-101.bearing", "bearing temperature", "°C", 82, 1.4, null, null, 70.0, 0.8, null);

        assertThat(explanations.explain(bearing, Locale.ENGLISH))
                .isEqualTo("bearing temperature 12 °C above normal, rising 0.8 °C/min");
        assertThat(explanations.explain(bearing, RUSSIAN))
                .isEqualTo("bearing temperature: на 12 °C выше нормы, растёт на 0,8 °C/мин");
    }

    @Test
    void saysANormalForTheLoadIsOneWhenTheDetectorJudgedTheSignalAgainstTheLoad() {
        var bearing = new ContributingSignal(
                "P-101.bearing", "bearing temperature", "°C", 82, 1.4, null, null, 70.0, 0.8, true);
        var flow = new ContributingSignal("P-101.flow", "flow", "m³/h", 3, 1.1, null, null, 4.5, null, true);

        assertThat(explanations.explain(bearing, Locale.ENGLISH))
                .isEqualTo("bearing temperature 12 °C above normal for this load, rising 0.8 °C/min");
        assertThat(explanations.explain(bearing, RUSSIAN))
                .isEqualTo("bearing temperature: на 12 °C выше нормы для этой нагрузки, растёт на 0,8 °C/мин");
        assertThat(explanations.explain(flow, Locale.ENGLISH)).isEqualTo("flow 1.5 m³/h below normal for this load");
        assertThat(explanations.explain(flow, RUSSIAN)).isEqualTo("flow: на 1,5 m³/h ниже нормы для этой нагрузки");
    }

    @Test
    void saysBelowNormalAndFallingAndLeavesOutARateThatHeldSteady() {
        var flow = new ContributingSignal("P-101.flow", "flow", "m³/h", 3, 1.1, null, null, 4.5, -0.25, false);
        var steady = new ContributingSignal("P-101.flow", "flow", "m³/h", 3, 1.1, null, null, 4.5, 0.001, null);

        assertThat(explanations.explain(flow, Locale.ENGLISH))
                .isEqualTo("flow 1.5 m³/h below normal, falling 0.25 m³/h/min");
        assertThat(explanations.explain(steady, RUSSIAN)).isEqualTo("flow: на 1,5 m³/h ниже нормы");
    }

    @Test
    void namesTheExpectedRangeASignalLeftAndSaysSoWhenItsCourseIsUnknown() {
        var pressure = new ContributingSignal("P-101.pressure", "pressure", "bar", 7.2, 2, 4.5, 6.0);
        var vibration = new ContributingSignal("P-101.vibration", "vibration", "mm/s", 2.5, 1.2, null, null);

        assertThat(explanations.explain(pressure, Locale.ENGLISH))
                .isEqualTo("pressure at 7.2 bar, above its expected maximum of 6 bar");
        assertThat(explanations.explain(pressure, RUSSIAN))
                .isEqualTo("pressure: 7,2 bar, выше ожидаемого максимума 6 bar");
        assertThat(explanations.explain(vibration, Locale.ENGLISH)).isEqualTo("vibration away from normal at 2.5 mm/s");
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
