package dev.tandem.demo;

/** What one generation of the demo plant wrote; organisations include the owner company. */
public record DemoCounts(int sites, int areas, int organisations, int people, int users, int events, int actions) {}
