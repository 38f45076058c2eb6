package dev.tandem.meeting.committees;

import dev.tandem.history.Recorded;
import dev.tandem.history.VoidableRecord;
import dev.tandem.shared.InvalidRequestException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * A site's safety committee (its id is the site's): its members, and its schedule, once a month on a day at a time
 * on the site's clock. Its meetings are held by the same machinery as the rotation meetings: the same agenda, record,
 * decisions and minutes.
 */
@NamedInterface("committees")
@Table("meeting_committee")
public class Committee extends VoidableRecord {

    /** Every month has these days. */
    static final int LAST_DAY = 28;

    private int dayOfMonth;
    private String meetsAt;

    @MappedCollection(idColumn = "meeting_committee", keyColumn = "meeting_committee_key")
    private List<CommitteeMember> members;

    @PersistenceCreator
    Committee(UUID id, int dayOfMonth, String meetsAt, List<CommitteeMember> members, Long version) {
        super("committee", id, version);
        this.dayOfMonth = dayOfMonth;
        this.meetsAt = meetsAt;
        this.members = List.copyOf(members);
    }

    static Committee of(UUID siteId, SetCommittee set, List<CommitteeMember> members) {
        var committee = new Committee(siteId, 1, "10:00", List.of(), null);
        committee.set(set, members);
        return committee;
    }

    /** The schedule and the members, whom the module has checked against the plant. */
    void set(SetCommittee set, List<CommitteeMember> chosen) {
        if (set.dayOfMonth() == null || set.dayOfMonth() < 1 || set.dayOfMonth() > LAST_DAY) {
            throw new InvalidRequestException("dayOfMonth", "meeting.rule.committeeDay");
        }
        dayOfMonth = set.dayOfMonth();
        meetsAt = time(set.meetsAt()).toString();
        members = List.copyOf(chosen);
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException notATime) {
            throw new InvalidRequestException("meetsAt", "meeting.rule.committeeTime");
        }
    }

    /**
     * The day of its next meeting: this month's when none was held this month, else the next month's; a day before
     * today is overdue.
     *
     * @param lastHeld the day of its latest meeting held, on the site's clock, if any
     */
    public LocalDate nextDue(LocalDate today, LocalDate lastHeld) {
        var month = YearMonth.from(today);
        if (lastHeld != null && !YearMonth.from(lastHeld).isBefore(month)) {
            month = YearMonth.from(lastHeld).plusMonths(1);
        }
        return month.atDay(dayOfMonth);
    }

    public UUID siteId() {
        return id();
    }

    public int dayOfMonth() {
        return dayOfMonth;
    }

    public LocalTime meetsAt() {
        return LocalTime.parse(meetsAt);
    }

    public List<CommitteeMember> members() {
        return members;
    }

    /** The contractors whose people it invites: their people may attend its meetings. */
    public Set<UUID> organisationsOf(UUID ownerCompany) {
        return members.stream()
                .map(CommitteeMember::organisationId)
                .filter(organisation -> !organisation.equals(ownerCompany))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Map<String, Object> snapshot() {
        var fields = Recorded.fields("dayOfMonth", dayOfMonth, "meetsAt", meetsAt);
        fields.putAll(Recorded.numbered(
                "members",
                members,
                m -> Recorded.fields("personId", m.personId(), "organisationId", m.organisationId())));
        return fields;
    }
}
