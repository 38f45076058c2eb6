package dev.tandem.demo;

import dev.tandem.demo.DemoPeople.Contracted;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.organisation.OrganisationStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * When each demo contractor worked at the plant: from the day its first engagement started to the day its work ended
 * (suspended, offboarded), and never for one that has not started (prospective, or still waiting for the approval of
 * its documents). Every generator draws contractors and their people from here, so no contractor has a record dated
 * while it was not working; the owner company's people work all the time. It also knows each contractor's story, the
 * day it came and its mentor's area, so that {@link DemoContractors} tells those dates and the first joint inspection
 * of its onboarding month falls in that month (one contractor's in its second: the welders who were later suspended).
 */
final class DemoWorkingPeriods {

    /** What the demo tells of a contractor, and the status it ends in. */
    enum Story {
        WORKING(OrganisationStatus.ACTIVE),
        INSURANCE_EXPIRED(OrganisationStatus.ACTIVE),
        FIRST_MONTH(OrganisationStatus.ONBOARDING),
        DOCUMENTS_SUBMITTED(OrganisationStatus.ONBOARDING),
        SUSPENDED(OrganisationStatus.SUSPENDED),
        OFFBOARDED(OrganisationStatus.OFFBOARDED),
        PROSPECTIVE(OrganisationStatus.PROSPECTIVE);

        /** The status it ends in. */
        final OrganisationStatus status;

        Story(OrganisationStatus status) {
            this.status = status;
        }

        /** Whether it agreed an engagement and came to work. */
        boolean engaged() {
            return this != PROSPECTIVE && this != DOCUMENTS_SUBMITTED;
        }
    }

    /**
     * Each contractor's story and the day it came (began its onboarding), in days before the demo's now, by catalogue
     * key: the two whose supervisors sign in came at the start of the year, the others one by one over it.
     */
    private static final Map<String, Arrival> ARRIVALS = Map.of(
            "scaffolding", new Arrival(Story.WORKING, 370),
            "refractory", new Arrival(Story.WORKING, 366),
            "electrical", new Arrival(Story.WORKING, 330),
            "cranes", new Arrival(Story.WORKING, 270),
            "cleaning", new Arrival(Story.FIRST_MONTH, 30),
            "transport", new Arrival(Story.INSURANCE_EXPIRED, 210),
            "welding", new Arrival(Story.SUSPENDED, 300),
            "insulation", new Arrival(Story.DOCUMENTS_SUBMITTED, 6),
            "demolition", new Arrival(Story.PROSPECTIVE, 3),
            "catering", new Arrival(Story.OFFBOARDED, 250));

    private record Arrival(Story story, int began) {}

    /** Days from the start of onboarding to the start of the first engagement: documents, approval, risk review. */
    static final int DAYS_TO_START = 8;

    /** The days after the engagement's start of the first joint inspection: due on day 14, late after day 30. */
    private static final int FIRST_JOINT_INSPECTION = 14;

    private static final int LATE_JOINT_INSPECTION = 44;

    /** The contractors whose engagement is in the area of the line manager who signs in as {@code manager}. */
    private static final List<String> MANAGERS_CONTRACTORS = List.of("scaffolding", "cleaning");

    /**
     * A contractor's time at the plant, in days before the demo's now.
     *
     * @param began the day its onboarding began
     * @param left the day its work ended, 0 while it works on
     * @param area the area of its engagement, whose manager mentors it
     */
    record Tenure(Contracted contractor, Story story, int began, int left, UUID area, Worker mentor) {

        /** The day its first engagement started. */
        int started() {
            return began - DAYS_TO_START;
        }

        /** The day of its first joint inspection with its mentor; in its second month for the one that was late. */
        int firstJointInspection() {
            return started() - (story == Story.SUSPENDED ? LATE_JOINT_INSPECTION : FIRST_JOINT_INSPECTION);
        }
    }

    private final List<Worker> workers;
    private final Map<UUID, Tenure> tenures = new LinkedHashMap<>();
    private final Instant now;

    private DemoWorkingPeriods(List<Worker> workers, Instant now) {
        this.workers = List.copyOf(workers);
        this.now = now;
    }

    /** The periods the demo's stories give its contractors, as of the moment the demo is generated. */
    static DemoWorkingPeriods told(DemoPeople people, Instant now) {
        var periods = new DemoWorkingPeriods(people.workers(), now);
        var all = people.contractors();
        for (int n = 0; n < all.size(); n++) {
            var contractor = all.get(n);
            var arrival = ARRIVALS.get(contractor.key());
            if (arrival.story().status != contractor.status()) {
                throw new IllegalStateException("The demo's story of " + contractor.key() + " ends "
                        + arrival.story().status + ", not " + contractor.status());
            }
            // a branch of a firm comes a few days after the firm
            int began = arrival.began() - (arrival.began() > 60 ? 3 * (n / ARRIVALS.size()) : 0);
            int left =
                    switch (arrival.story()) {
                        case SUSPENDED -> 41;
                        case OFFBOARDED -> 61;
                        default -> 0;
                    };
            var area = area(people, contractor, n);
            periods.tenures.put(
                    contractor.id(),
                    new Tenure(contractor, arrival.story(), began, left, area, people.areaManager(area)));
        }
        return periods;
    }

    /** Everyone at work all the time: the enterprise-scale plant, whose contractors' stories are not told. */
    static DemoWorkingPeriods always(List<Worker> workers) {
        return new DemoWorkingPeriods(workers, Instant.MAX);
    }

    /** The manager's area for the first of their contractors, else an area of the supervisor's site. */
    private static UUID area(DemoPeople people, Contracted contractor, int n) {
        var onSite = people.areasOf(contractor.supervisor().siteId());
        if (onSite.isEmpty() || (n < ARRIVALS.size() && MANAGERS_CONTRACTORS.contains(contractor.key()))) {
            return people.areaOwnedBy(people.login(DemoLogin.MANAGER));
        }
        return onSite.get(n % onSite.size());
    }

    /** Each contractor's tenure, in the order the contractors were registered. */
    List<Tenure> tenures() {
        return List.copyOf(tenures.values());
    }

    Tenure tenure(Contracted contractor) {
        return tenures.get(contractor.id());
    }

    /** Everyone hired, whether or not at work. */
    List<Worker> workers() {
        return workers;
    }

    /** Whether the organisation worked at the plant at the moment: the owner company always. */
    boolean works(UUID organisation, Instant at) {
        return works(organisation, at, at);
    }

    /**
     * Whether the organisation worked at the plant all the time from {@code from} to {@code to}, which may lie beyond
     * now for a contractor that works on.
     */
    boolean works(UUID organisation, Instant from, Instant to) {
        var tenure = tenures.get(organisation);
        if (tenure == null) {
            return true;
        }
        if (!tenure.story().engaged() || from.isBefore(daysAgo(tenure.started()))) {
            return false;
        }
        return tenure.left() == 0 || !to.isAfter(daysAgo(tenure.left()));
    }

    /** Whether the organisation worked at the plant on the day, in its working hours. */
    boolean works(UUID organisation, LocalDate day) {
        return works(
                organisation,
                day.atTime(LocalTime.NOON).atZone(DemoCatalogue.ZONE).toInstant());
    }

    /** The people among {@code people} whose employer worked at the plant at the moment. */
    List<Worker> working(List<Worker> people, Instant at) {
        return people.stream()
                .filter(person -> works(person.organisationId(), at))
                .toList();
    }

    /** Everyone whose employer worked at the plant at the moment. */
    List<Worker> working(Instant at) {
        return working(workers, at);
    }

    /** The share of the month's days the organisation worked at the plant, from 0 to 1. */
    double share(UUID organisation, YearMonth month) {
        int days = 0;
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            days += works(organisation, month.atDay(day)) ? 1 : 0;
        }
        return days / (double) month.lengthOfMonth();
    }

    /** The moment of the contractor's first joint inspection with its mentor, if it has come to work and has come. */
    Optional<Instant> firstJointInspection(UUID organisation) {
        var tenure = tenures.get(organisation);
        if (tenure == null || !tenure.story().engaged() || tenure.firstJointInspection() < 1) {
            return Optional.empty();
        }
        return Optional.of(daysAgo(tenure.firstJointInspection()));
    }

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days));
    }
}
