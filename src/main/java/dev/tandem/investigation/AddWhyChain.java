package dev.tandem.investigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A chain of 5 Whys: the problem, and each answer to "why?" in turn (blank answers are left out). */
public record AddWhyChain(
        @NotBlank @Size(max = 1000) String problem, @NotEmpty @Size(max = 10) List<@Size(max = 1000) String> whys) {}
