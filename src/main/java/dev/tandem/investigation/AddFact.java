package dev.tandem.investigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A fact for the timeline: when, what, and where it is known from. */
public record AddFact(
        @NotNull Instant happenedAt, @NotBlank @Size(max = 4000) String what, @Size(max = 300) String source) {}
