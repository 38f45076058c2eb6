/** Hours worked, safety figures and the live dashboard that everyone, contractors included, looks at. */
package dev.tandem.kpi;
