/**
 * The Numenta Anomaly Benchmark (NAB) run against the early-warning detector: its corpus layout, its scorer (written
 * here from NAB's published rules) and the command-line runner behind {@code bench/nab}.
 */
package dev.tandem.signal.detection.nab;
