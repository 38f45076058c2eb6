package dev.tandem.meeting.committees;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/** A member of a site's safety committee: a person of the owner company, or a contractor's invited. */
@NamedInterface("committees")
@Table("meeting_committee_member")
public record CommitteeMember(UUID personId, UUID organisationId) {}
