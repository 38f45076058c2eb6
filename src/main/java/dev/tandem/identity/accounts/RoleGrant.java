package dev.tandem.identity.accounts;

import dev.tandem.shared.Role;
import org.springframework.data.relational.core.mapping.Table;

@Table("user_role")
record RoleGrant(Role role) {}
