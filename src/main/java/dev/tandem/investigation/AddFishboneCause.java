package dev.tandem.investigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A cause on the fishbone under one of its categories. */
public record AddFishboneCause(@NotBlank @Size(max = 60) String category, @NotBlank @Size(max = 1000) String cause) {}
