package dev.tandem.identity;

import jakarta.validation.constraints.NotBlank;

public record PasswordChange(
        @NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String repeatPassword) {}
