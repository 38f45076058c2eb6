/**
 * Streaming early-warning detectors: fit on a window of normal operation, then judge one sample at a time. Plain
 * Java without Spring, so that benchmarks can compile these sources on their own.
 */
package dev.tandem.signal.detection;
