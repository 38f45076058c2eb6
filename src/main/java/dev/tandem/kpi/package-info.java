/** Hours worked and the safety figures computed from them: frequency rates, counts, days without, trends. */
package dev.tandem.kpi;
