/**
 * The Skoltech Anomaly Benchmark (SKAB) run against the early-warning detector: its file layout, its leaderboard
 * scores and the command-line runner behind {@code bench/skab}.
 */
package dev.tandem.signal.detection.skab;
