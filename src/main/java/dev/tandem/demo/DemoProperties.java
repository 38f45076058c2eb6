package dev.tandem.demo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Demo mode.
 *
 * @param enabled whether an empty database gets the demo plant and the demo logins are printed on start
 * @param scale multiplies contractors, areas and people (1 gives about 300 people); sites grow as ceil(3 * scale)
 * @param password the one password of every demo login
 * @param size {@code standard}: the plant of {@code scale}, written record by record through the services, with a
 *     year of events, hours and actions; {@code enterprise}: the plant of {@code bulk}, its people, events, actions
 *     and hours written in bulk, for benchmarks
 * @param bulk how big the {@code enterprise} plant is
 * @param language the language the demo plant is written in (names of people, areas, equipment, action titles...),
 *     which also becomes the demo enterprise's language: {@code ru} (a Russian plant, the default) or {@code en}
 */
@Validated
@ConfigurationProperties("tandem.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("1") @Min(1) int scale,
        @DefaultValue(DemoProperties.PASSWORD) @NotBlank String password,
        @DefaultValue("standard") @NotNull Size size,
        @DefaultValue @Valid Bulk bulk,
        @DefaultValue("ru") @NotNull Language language) {

    /** The demo logins' password unless {@code tandem.demo.password} says another. */
    public static final String PASSWORD = "tandem-demo";

    /** The languages the demo plant can be written in. */
    public enum Language {
        EN,
        RU;

        /** The language's code, as the enterprise and the demo's texts name it. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Which generator makes the demo plant. */
    public enum Size {
        STANDARD,
        ENTERPRISE
    }

    /**
     * The enterprise-scale plant; the defaults are those its benchmarks are measured at.
     *
     * @param sites works of the enterprise, each with four areas
     * @param contractors contractor organisations besides the owner company
     * @param people everyone on the books: two in five with the owner company, the rest with contractors
     * @param events safety events over {@code years}, reporting growing and injuries falling as the years go on
     * @param years how far back the events and the monthly hours reach
     * @param actions corrective actions raised from those events
     * @param risks risks in the register, over every area of every site
     * @param fatalRisks of those, the fatal ones
     * @param eliminatedFatalRisks of the fatal ones, those eliminated by a verified compensating measure
     * @param engagements the active contractors' engagements, each with its rotation pattern and a year of rotation
     *     meetings
     */
    public record Bulk(
            @DefaultValue("10") @Min(1) @Max(1000) int sites,
            @DefaultValue("300") @Min(2) @Max(10000) int contractors,
            @DefaultValue("60000") @Min(100) @Max(1000000) int people,
            @DefaultValue("2000000") @Min(0) @Max(50000000) int events,
            @DefaultValue("10") @Min(1) @Max(30) int years,
            @DefaultValue("500000") @Min(0) @Max(20000000) int actions,
            @DefaultValue("56000") @Min(0) @Max(5000000) int risks,
            @DefaultValue("240") @Min(0) @Max(5000000) int fatalRisks,
            @DefaultValue("210") @Min(0) @Max(5000000) int eliminatedFatalRisks,
            @DefaultValue("400") @Min(0) @Max(20000) int engagements) {}
}
