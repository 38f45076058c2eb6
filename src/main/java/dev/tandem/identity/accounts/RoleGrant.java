package dev.tandem.identity;

import dev.tandem.shared.Role;
import org.springframework.data.relational.core.mapping.Table;

@Table("user_role")
record RoleGrant(Role role) {}
