package dev.tandem.meeting.committees;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A site's safety committee as it is to be: it meets once a month on a day at a time on the site's clock.
 *
 * @param dayOfMonth the day of each month it meets, 1 to 28 so that every month has it
 * @param meetsAt the time it meets, as HH:mm on the site's clock
 * @param memberIds its members: people of the owner company, and a contractor's people it invites
 */
@NamedInterface("committees")
public record SetCommittee(Integer dayOfMonth, String meetsAt, @Size(max = 60) List<UUID> memberIds) {}
