package dev.tandem.organisation;

import java.util.UUID;

/** A person's details (name, site, area, …) were revised or the person was voided. */
public record PersonChanged(UUID personId) {}
