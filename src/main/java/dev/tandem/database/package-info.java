/** How Tandem reaches PostgreSQL: an embedded server for zero-setup runs, or an external one when configured. */
package dev.tandem.database;
