package dev.tandem.contractor.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The safety department's decision: approved, or returned with a comment saying what to change. */
record Decision(@NotNull Boolean approved, @Size(max = 2000) String comment) {}
