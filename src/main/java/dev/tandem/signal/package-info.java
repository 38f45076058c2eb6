/** Control-system signal ingestion and streaming detectors that raise early warnings. */
package dev.tandem.signal;
