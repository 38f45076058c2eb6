package dev.tandem.risk;

import dev.tandem.action.ActionStatus;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.risk.RiskQueries.RiskRow;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The top-5 risks of the sites with their roadmaps, as SQL projections: each chosen risk as the register shows it, its
 * milestones (the actions raised on it, read through the action module's published view) and the figures of
 * {@link RoadmapFigures}, which the directors' KPIs read too. A reader sees the chosen risks the register lets them
 * read; a contractor sees the milestones its own organisation answers for, while the figures count them all.
 */
@Component
@Transactional(readOnly = true)
public class Roadmaps {

    private static final String MILESTONES =
            """
            select f.id, f.source_id as risk_id, f.title, p.full_name as owner_name, f.responsible_organisation_id,
                   f.due_date, f.status, f.verified_at,
                   case when f.status = 'VERIFIED' then (f.verified_at at time zone :zone)::date > f.due_date
                        else f.due_date < :today end as late
            from corrective_action_fact f join person p on p.id = f.owner_person_id
            where f.source_type = 'RISK' and f.source_id in (:risks) and f.voided_at is null
            order by f.due_date, f.created_at, f.id""";

    private final TopRiskChoice choice;
    private final RiskQueries risks;
    private final OrganisationQueries organisations;
    private final PlantStructure plant;
    private final JdbcClient jdbc;

    Roadmaps(
            TopRiskChoice choice,
            RiskQueries risks,
            OrganisationQueries organisations,
            PlantStructure plant,
            JdbcClient jdbc) {
        this.choice = choice;
        this.risks = risks;
        this.organisations = organisations;
        this.plant = plant;
        this.jdbc = jdbc;
    }

    /**
     * A step of a roadmap: an action raised on the risk.
     *
     * @param late not verified by the end of its due date (see {@link RoadmapFigures})
     */
    public record Milestone(
            UUID id,
            UUID riskId,
            String title,
            String ownerName,
            UUID responsibleOrganisationId,
            LocalDate dueDate,
            ActionStatus status,
            Instant verifiedAt,
            boolean late) {}

    /** One of a site's top risks: the risk as the register lists it, its roadmap's milestones and figures. */
    public record TopRisk(int rank, RiskRow risk, List<Milestone> milestones, RoadmapFigures figures) {}

    /**
     * A site's top risks, best ranked first. A chosen risk that has since been voided is no longer one of them: its
     * roadmap counts in no figure, and it is named apart, at its rank, until the director chooses again.
     *
     * @param version the choice's version, for a change made on it; null while none is made
     * @param voided the chosen risks voided since, best ranked first
     */
    public record SiteTopRisks(
            UUID siteId, String siteName, Long version, List<TopRisk> risks, List<VoidedTopRisk> voided) {}

    /** A risk of a site's choice that has been voided since it was chosen: its rank stands empty. */
    public record VoidedTopRisk(int rank, RiskRow risk) {}

    /** Every current site's top risks, by site name; a site whose director has chosen none has an empty list. */
    public List<SiteTopRisks> sites(Viewer viewer) {
        var sites = new ArrayList<SiteTopRisks>();
        for (var site : organisations.siteOptions()) {
            sites.add(site(site.id(), site.label(), viewer));
        }
        return sites;
    }

    /** One site's top risks. */
    public SiteTopRisks site(UUID siteId, Viewer viewer) {
        return site(siteId, plant.site(siteId).name(), viewer);
    }

    /**
     * The figures of the roadmaps of one site's top risks (every site's when {@code siteId} is null), best ranked
     * first: what a director's KPI is measured by.
     */
    public List<RoadmapFigures> figures(UUID siteId, Viewer viewer) {
        var sites = siteId == null ? sites(viewer) : List.of(site(siteId, viewer));
        return sites.stream()
                .flatMap(site -> site.risks().stream())
                .map(TopRisk::figures)
                .toList();
    }

    private SiteTopRisks site(UUID siteId, String siteName, Viewer viewer) {
        var chosen = choice.chosen(siteId);
        if (chosen.isEmpty()) {
            return new SiteTopRisks(siteId, siteName, null, List.of(), List.of());
        }
        var riskIds = chosen.get().riskIds();
        var readable =
                risks.risks(riskIds, viewer).stream().collect(Collectors.toMap(RiskRow::id, Function.identity()));
        var milestones = milestones(readable.keySet());
        var top = new ArrayList<TopRisk>();
        var voided = new ArrayList<VoidedTopRisk>();
        for (int i = 0; i < riskIds.size(); i++) {
            var row = readable.get(riskIds.get(i));
            if (row != null && row.voided()) {
                voided.add(new VoidedTopRisk(i + 1, row));
            } else if (row != null) {
                var all = milestones.getOrDefault(row.id(), List.of());
                var shown = all.stream()
                        .filter(milestone -> viewer.canSee(milestone.responsibleOrganisationId()))
                        .toList();
                top.add(new TopRisk(i + 1, row, shown, figures(siteId, row.id(), i + 1, all)));
            }
        }
        return new SiteTopRisks(siteId, siteName, chosen.get().version(), top, voided);
    }

    private static RoadmapFigures figures(UUID siteId, UUID riskId, int rank, List<Milestone> milestones) {
        int verified = (int) milestones.stream()
                .filter(milestone -> milestone.status() == ActionStatus.VERIFIED)
                .count();
        int late = (int) milestones.stream().filter(Milestone::late).count();
        return new RoadmapFigures(siteId, riskId, rank, milestones.size(), verified, late);
    }

    private Map<UUID, List<Milestone>> milestones(Collection<UUID> riskIds) {
        if (riskIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(MILESTONES)
                .param("risks", riskIds)
                .param("zone", plant.enterprise().zone().getId())
                .param("today", risks.today())
                .query(RecordRows.of(Milestone.class))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Milestone::riskId));
    }
}
