package dev.tandem.signal;

import dev.tandem.signal.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A tag as it is entered.
 *
 * @param key the plant-wide key the control system sends; {@code <equipment code>.<name>} when left out. Letters,
 *     digits and {@code . _ - : /} only (no spaces, no MQTT wildcards)
 * @param name unique on the equipment, such as {@code pressure}
 * @param expectedMin the lowest reading expected in normal operation; none when left out
 * @param expectedMax the highest reading expected in normal operation; none when left out
 */
public record DefineTag(
        @NotNull UUID equipmentId,
        @Size(max = 120) @Pattern(regexp = "[\\p{L}\\p{N}._:/-]*") String key,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[\\p{L}\\p{N}._-]+( [\\p{L}\\p{N}._-]+)*") String name,
        @NotBlank @Size(max = 20) String unit,
        Double expectedMin,
        Double expectedMax) {

    /** A tag still to be named, on the given equipment (none chosen yet when null). */
    public static DefineTag on(UUID equipmentId) {
        return new DefineTag(equipmentId, null, null, null, null, null);
    }

    public static DefineTag of(Tag tag) {
        return new DefineTag(
                tag.equipmentId(), tag.key(), tag.name(), tag.unit(), tag.expectedMin(), tag.expectedMax());
    }
}
