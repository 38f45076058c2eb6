package dev.tandem.organisation;

import java.util.UUID;

/** Where a person belongs: what the identity module needs to build a viewer. */
public record Membership(UUID personId, String fullName, UUID organisationId, boolean contractor, UUID siteId) {}
