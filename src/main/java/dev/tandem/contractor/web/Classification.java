package dev.tandem.contractor.web;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The contractor's type: the document policy that applies to it. */
record Classification(@NotNull UUID policyId) {}
