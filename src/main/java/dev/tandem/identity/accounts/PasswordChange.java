package dev.tandem.identity.accounts;

import jakarta.validation.constraints.NotBlank;

public record PasswordChange(
        @NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String repeatPassword) {}
