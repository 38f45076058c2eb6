/** Where uploads may be larger than elsewhere: shared's own, between its imports and the web's upload limit. */
package dev.tandem.shared.uploads;
