package dev.tandem.contractor.prequalification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** A contractor type as the safety department enters it: its name and the documents it requires. */
@NamedInterface("commands")
public record DefinePolicy(
        @NotBlank @Size(max = 200) String name, @NotNull @Size(max = 30) List<@Valid @NotNull Requirement> documents) {

    public DefinePolicy {
        documents = documents == null ? null : List.copyOf(documents);
    }

    /** A required document; its code names it across the type's versions, so documents filed under it stay. */
    @NamedInterface("commands")
    public record Requirement(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Min(0) @Max(365) Integer warnDays,
            @NotNull @Min(0) @Max(3650) Integer minValidityDays,
            boolean appliesToRunning) {}
}
