package dev.tandem.risk;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.history.ReadRule;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's director chooses the site's top-5 risks, ranked, and changes the choice as the plant changes; every choice
 * is kept in the history. Everyone who reads the register reads the choice; what each reads of the risks themselves is
 * the register's rule (see {@link Roadmaps}).
 */
@Service
@Transactional
public class TopRiskChoice {

    private final TopRiskLists lists;
    private final AuditedRecords<TopRisks> records;
    private final Risks risks;
    private final PlantStructure plant;
    private final History history;

    TopRiskChoice(TopRiskLists lists, History history, Risks risks, PlantStructure plant) {
        this.lists = lists;
        this.records = history.auditing(lists, ReadRule.everyone());
        this.risks = risks;
        this.plant = plant;
        this.history = history;
    }

    /**
     * Sets the site's top risks: the first choice is created, a later one changes it (on the version the director saw,
     * when a precondition is given).
     *
     * @throws AccessDeniedException unless the viewer is a director of the owner company for the site
     * @throws InvalidRequestException on {@code riskIds} for more than five, one named twice, or one that is not a
     *     current risk of the site
     */
    public TopRisks choose(UUID siteId, Precondition precondition, ChooseTopRisks choice, Viewer viewer) {
        var site = plant.currentSite(siteId).orElseThrow(() -> new NotFoundException("Site", siteId));
        if (!RiskAccess.canChooseTopRisks(viewer, site.id())) {
            throw new AccessDeniedException("choosing the top risks of this site");
        }
        var riskIds = checked(site.id(), choice.riskIds());
        var existing = lists.findById(site.id());
        if (existing.isEmpty()) {
            return records.create(site.id(), CreateRule.checkedBefore(), id -> TopRisks.of(id, riskIds), viewer)
                    .record();
        }
        return records.change(existing.get(), precondition, chosen -> chosen.choose(riskIds), viewer);
    }

    /** The site's choice, if its director has made one. */
    @Transactional(readOnly = true)
    public Optional<TopRisks> chosen(UUID siteId) {
        return lists.findById(siteId);
    }

    /**
     * Every choice made for the site, oldest first; for the owner company's people, since it names risks of areas a
     * contractor may not read.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID siteId, Viewer viewer) {
        if (!canReadHistory(viewer)) {
            throw new AccessDeniedException("the history of the top risks");
        }
        return chosen(siteId).map(history::of).orElse(List.of());
    }

    public static boolean canReadHistory(Viewer viewer) {
        return !viewer.contractor();
    }

    private List<UUID> checked(UUID siteId, List<UUID> riskIds) {
        if (riskIds.size() > TopRisks.MOST) {
            throw new InvalidRequestException("riskIds", "rule.topRisksAtMost", TopRisks.MOST);
        }
        if (new HashSet<>(riskIds).size() < riskIds.size()) {
            throw new InvalidRequestException("riskIds", "rule.topRiskTwice");
        }
        for (var riskId : riskIds) {
            var risk = risks.findById(riskId);
            if (risk.isEmpty() || risk.get().isVoided() || !risk.get().siteId().equals(siteId)) {
                throw new InvalidRequestException("riskIds", "rule.topRiskOfTheSite", riskId);
            }
        }
        return riskIds;
    }
}
