/** The start page of each role: what a person needs first when they open Tandem. */
package dev.tandem.home;
