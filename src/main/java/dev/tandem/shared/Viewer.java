package dev.tandem.shared;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is looking: the signed-in user, their organisation and roles. Every query and command receives one, and
 * the scope rule lives here: a contractor's people see only their own organisation's records.
 *
 * @param contractor whether the user's organisation is a contractor (not the owner company)
 */
public record Viewer(
        UUID userId,
        String username,
        String displayName,
        UUID personId,
        UUID organisationId,
        boolean contractor,
        UUID siteId,
        Set<Role> roles)
        implements java.io.Serializable {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    /** Tandem itself, acting on nobody's behalf: the demo generator and scheduled jobs. */
    public static Viewer system() {
        return automated("system", "Tandem", Role.ADMIN);
    }

    /**
     * Tandem itself in the owner company's name with the given roles and no user, person or site behind it: the demo
     * generator acting as a role, a shop-floor screen (with no role at all).
     */
    public static Viewer automated(String username, String displayName, Role... roles) {
        return new Viewer(null, username, displayName, null, null, false, null, Set.of(roles));
    }

    /** The same viewer confined to one site (everywhere when null). */
    public Viewer onSite(UUID site) {
        return new Viewer(userId, username, displayName, personId, organisationId, contractor, site, roles);
    }

    /** The same viewer with their name left out, for what they do anonymously: it keeps their organisation. */
    public Viewer anonymised() {
        return new Viewer(null, "anonymous", "", null, organisationId, contractor, siteId, roles);
    }

    public boolean has(Role... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    /** Fails with "forbidden" unless the viewer holds one of the roles. */
    public void requireRole(Role... anyOf) {
        if (!has(anyOf)) {
            throw new AccessDeniedException("requires one of " + Arrays.toString(anyOf));
        }
    }

    /**
     * Whether the viewer holds one of the roles in the owner company: a contractor's people keep and decide nothing
     * on the plant's behalf, whatever their roles.
     */
    public boolean hasOwnerRole(Role... anyOf) {
        return !contractor && has(anyOf);
    }

    /** Fails with "forbidden" unless the viewer holds one of the roles in the owner company. */
    public void requireOwnerRole(Role... anyOf) {
        if (!hasOwnerRole(anyOf)) {
            throw new AccessDeniedException("requires one of " + Arrays.toString(anyOf) + " in the owner company");
        }
    }

    /** The only organisation whose records this viewer may see, or {@code null} when not limited to one. */
    public UUID scopeOrganisation() {
        return contractor ? organisationId : null;
    }

    public boolean canSee(UUID recordOrganisation) {
        return !contractor || organisationId.equals(recordOrganisation);
    }

    /** Fails as "not found" so that a contractor learns nothing about another contractor's records. */
    public void requireVisible(UUID recordOrganisation, String what, Object id) {
        if (!canSee(recordOrganisation)) {
            throw new NotFoundException(what, id);
        }
    }
}
