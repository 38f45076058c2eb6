package dev.tandem.contractor.onboarding;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Viewer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding as figures: each contractor's progress, and the share of new contractors integrated within 30 days, with
 * the onboardings it was made of.
 */
@Component
@Transactional(readOnly = true)
public class OnboardingFigures {

    /** The months looked back over for the share: onboardings that started within them. */
    public static final int MONTHS = 12;

    private static final String PROGRESS =
            """
            select o.organisation_id, g.name, o.started_on, o.due_on, o.completed_on,
                   count(t.step_id) filter (where t.ticked_on is not null) as ticked, count(t.step_id) as steps
            from contractor_onboarding o join organisation g on g.id = o.organisation_id
            left join contractor_onboarding_tick t on t.contractor_onboarding = o.id
            where o.voided_at is null and (cast(:organisation as uuid) is null or o.organisation_id = :organisation)
            group by o.id, g.name
            order by o.started_on desc, g.name, o.organisation_id""";

    private final JdbcClient jdbc;
    private final PlantDay day;

    OnboardingFigures(JdbcClient jdbc, PlantDay day) {
        this.jdbc = jdbc;
        this.day = day;
    }

    /**
     * A contractor's onboarding as a row.
     *
     * @param ticked how many of its steps are ticked, of {@code steps}
     */
    public record Progress(
            UUID organisationId,
            String name,
            LocalDate startedOn,
            LocalDate dueOn,
            LocalDate completedOn,
            int ticked,
            int steps) {

        public boolean integratedInTime() {
            return completedOn != null && !completedOn.isAfter(dueOn);
        }

        /** Its month is over or it is complete: it counts in the share. */
        public boolean decided(LocalDate today) {
            return completedOn != null || today.isAfter(dueOn);
        }

        public int percent() {
            return steps == 0 ? 100 : ticked * 100 / steps;
        }
    }

    /**
     * The share of new contractors integrated within 30 days: of the onboardings started from {@code from} whose 30
     * days are over or that are complete ({@code counted}), those completed within their 30 days ({@code integrated}).
     *
     * @param share in percent, one decimal; null when none counted
     */
    public record Integration(
            LocalDate from, LocalDate today, List<Progress> counted, long integrated, BigDecimal share) {}

    /** Every onboarding the viewer reads: a contractor's own only, the plant's managers all. */
    public List<Progress> progress(Viewer viewer) {
        if (!ContractorAccess.readsContractors(viewer)) {
            throw new AccessDeniedException("reading contractors");
        }
        return jdbc.sql(PROGRESS)
                .param("organisation", viewer.scopeOrganisation())
                .query(RecordRows.of(Progress.class))
                .list();
    }

    /** The share over the last 12 months, for the owner company's managers (it counts every contractor). */
    public Integration integration(Viewer viewer) {
        if (!ContractorAccess.readsContractors(viewer) || viewer.contractor()) {
            throw new AccessDeniedException("reading every contractor's onboarding");
        }
        var today = day.today();
        var from = today.minusMonths(MONTHS);
        var counted = progress(viewer).stream()
                .filter(p -> !p.startedOn().isBefore(from) && p.decided(today))
                .toList();
        var integrated = counted.stream().filter(Progress::integratedInTime).count();
        var share = counted.isEmpty()
                ? null
                : BigDecimal.valueOf(integrated * 100)
                        .divide(BigDecimal.valueOf(counted.size()), 1, RoundingMode.HALF_UP);
        return new Integration(from, today, counted, integrated, share);
    }
}
