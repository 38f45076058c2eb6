/** Safety events as people report them from the field and as the safety department reviews them. */
package dev.tandem.event;
