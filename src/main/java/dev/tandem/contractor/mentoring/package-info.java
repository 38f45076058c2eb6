/** The mentor's workspace: the contractors a line manager mentors, each with what needs the mentor's attention. */
package dev.tandem.contractor.mentoring;
