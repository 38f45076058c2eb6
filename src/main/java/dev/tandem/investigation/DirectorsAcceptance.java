package dev.tandem.investigation;

import java.util.UUID;

/** A director's acceptance of the actions not verified when an investigation closes, with the reason. */
public record DirectorsAcceptance(UUID directorPersonId, String reason) {}
