package dev.tandem.stopwork;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of stops raised from the field.
 *
 * @param photoMaxSize the largest photo a stop is raised with
 */
@ConfigurationProperties("tandem.stopwork")
record StopWorkProperties(@DefaultValue("10MB") DataSize photoMaxSize) {}
