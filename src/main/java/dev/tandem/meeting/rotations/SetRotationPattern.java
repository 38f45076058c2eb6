package dev.tandem.meeting.rotations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.modulith.NamedInterface;

/**
 * An engagement's rotation pattern, as the mentor or the safety department sets it.
 *
 * @param blocks the days of each rotation of a cycle, separated by slashes: {@code 15/15}, {@code 4/4},
 *     {@code 2/2/2/2}, {@code 7} for weekly
 * @param startsOn the day of the first crew change, on the site's clock
 * @param changesAt the time of day of every crew change on the site's clock, {@code HH:mm}; 08:00 when left out
 */
@NamedInterface("rotations")
public record SetRotationPattern(
        @NotBlank @Size(max = 60) String blocks,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]") String changesAt) {

    public SetRotationPattern {
        changesAt = changesAt == null || changesAt.isBlank() ? "08:00" : changesAt;
    }
}
