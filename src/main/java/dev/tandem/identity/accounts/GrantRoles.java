package dev.tandem.identity.accounts;

import dev.tandem.shared.Role;
import jakarta.validation.constraints.NotEmpty;
import java.util.Set;

/** The roles of an account and whether it may sign in. */
public record GrantRoles(@NotEmpty Set<Role> roles, boolean enabled) {}
