package dev.tandem.demo;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Demo mode.
 *
 * @param enabled whether an empty database gets the demo plant and the demo logins are printed on start
 * @param scale multiplies contractors, areas and people (1 gives about 300 people); sites grow as ceil(3 * scale)
 * @param password the one password of every demo login
 */
@Validated
@ConfigurationProperties("tandem.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("1") @Min(1) int scale,
        @DefaultValue("tandem-demo") @NotBlank String password) {}
