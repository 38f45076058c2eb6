/** Who changed what and when on every safety record, and voiding with a reason instead of deleting. */
package dev.tandem.history;
