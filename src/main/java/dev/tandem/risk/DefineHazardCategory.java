package dev.tandem.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A hazard category: a code for spreadsheets ({@code WORK_AT_HEIGHT}) and its name in English and Russian. */
public record DefineHazardCategory(
        @NotBlank @Size(max = 40) @Pattern(regexp = "\\s*[A-Za-z][A-Za-z0-9_]*\\s*") String code,
        @NotBlank @Size(max = 100) String nameEn,
        @NotBlank @Size(max = 100) String nameRu) {}
