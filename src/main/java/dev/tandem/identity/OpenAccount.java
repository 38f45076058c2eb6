package dev.tandem.identity;

import dev.tandem.shared.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** A new account as an administrator opens it: for an existing person, with an initial password. */
public record OpenAccount(
        @NotBlank
                @Size(min = 3, max = 60)
                @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{tandem.validation.username}")
                String username,
        @NotNull UUID personId,
        @NotEmpty Set<Role> roles,
        @NotBlank String password) {}
