/** Corrective and preventive actions from any source: owner, due date, progress, verification by a second person. */
package dev.tandem.action;
