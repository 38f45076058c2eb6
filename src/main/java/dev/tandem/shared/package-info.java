/** What every module needs and nothing more: the viewer and its scope, roles, errors, paging, the clock. */
package dev.tandem.shared;
