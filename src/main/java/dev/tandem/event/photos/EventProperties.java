package dev.tandem.event.photos;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of safety event reports.
 *
 * @param photoMaxSize the largest photo accepted
 * @param photosPerEvent how many photos an event may hold
 */
@ConfigurationProperties("tandem.event")
record EventProperties(@DefaultValue("10MB") DataSize photoMaxSize, @DefaultValue("5") int photosPerEvent) {}
