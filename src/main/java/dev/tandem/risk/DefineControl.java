package dev.tandem.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A control of a risk to add, or the new details of one (then {@code id} is not read).
 *
 * @param id chosen by the client, so that a request sent twice adds one control
 * @param ownerPersonId a person of the owner company who answers for the control
 * @param critical one of the few controls a fatal risk depends on: it needs a performance standard and a cadence
 * @param performanceStandard what the control must do or be, as a verifier checks it; critical controls only
 * @param cadenceDays how often it is verified, in days (7 for weekly, 30 for monthly); critical controls only
 */
public record DefineControl(
        UUID id,
        @NotNull ControlLevel level,
        @NotBlank @Size(max = 1000) String description,
        @NotNull UUID ownerPersonId,
        Boolean critical,
        @Size(max = 2000) String performanceStandard,
        @Min(MIN_CADENCE) @Max(MAX_CADENCE) Integer cadenceDays) {

    public static final int MIN_CADENCE = 1;
    public static final int MAX_CADENCE = 731;

    public DefineControl {
        // an unticked checkbox sends nothing: not critical
        critical = Boolean.TRUE.equals(critical);
    }

    /** The details of a stored control, for its form. */
    public static DefineControl of(RiskControl control) {
        return new DefineControl(
                control.id(),
                control.level(),
                control.description(),
                control.ownerPersonId(),
                control.critical(),
                control.performanceStandard(),
                control.cadenceDays());
    }

    /** An empty form with a fresh id: critical and checked monthly, as most controls of a fatal risk are. */
    public static DefineControl blank(boolean critical) {
        return new DefineControl(UUID.randomUUID(), null, "", null, critical, "", critical ? 30 : null);
    }
}
