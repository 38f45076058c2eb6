/** User accounts, roles, sign-in, personal API tokens, and the viewer every request carries. */
package dev.tandem.identity;
