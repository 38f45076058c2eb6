/** The demo plant: generated deterministically when the database is empty and demo mode is on. */
package dev.tandem.demo;
