package dev.tandem.organisation;

import java.util.UUID;

/**
 * Where a person belongs: what the identity module needs to build a viewer.
 *
 * @param areaId the area the person works in, whose owner is their line manager; null for none
 */
public record Membership(
        UUID personId, String fullName, UUID organisationId, boolean contractor, UUID siteId, UUID areaId) {}
