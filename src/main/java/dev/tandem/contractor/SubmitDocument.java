package dev.tandem.contractor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A document as a contractor files it: which required document it is (its code), its title and number, and the last
 * day it is valid.
 */
public record SubmitDocument(
        @NotBlank @Size(max = 40) String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 100) String number,
        @NotNull LocalDate validUntil) {}
