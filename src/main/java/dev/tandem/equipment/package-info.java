/**
 * The equipment of the plant: what it is, where it stands, how critical it is, and (from dispatch data) when it
 * ran, idled or was down.
 */
package dev.tandem.equipment;
