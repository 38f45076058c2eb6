package dev.tandem.risk;

import dev.tandem.history.Recorded;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The top-5 risks of a site, ranked, as its director chose them; its id is the site's. The choice is changed as a
 * whole, and each change is kept in the history rank by rank. The checks that need the register (whose risks they
 * are, who chooses) are the caller's; the rules of the list itself are here.
 */
@Table("risk_top_five")
public class TopRisks implements Recorded {

    /** How many risks a site's director may choose. */
    public static final int MOST = 5;

    @Id
    private final UUID id;

    @MappedCollection(idColumn = "risk_top_five", keyColumn = "rank")
    private final List<TopRisk> risks;

    @Version
    private Long version;

    /** One chosen risk; its rank is its place in the list. */
    @Table("risk_top_five_entry")
    record TopRisk(UUID riskId) {}

    @PersistenceCreator
    TopRisks(UUID id, List<TopRisk> risks, Long version) {
        this.id = id;
        this.risks = new ArrayList<>(risks == null ? List.of() : risks);
        this.version = version;
    }

    /** A site's first choice. */
    static TopRisks of(UUID siteId, List<UUID> riskIds) {
        var chosen = new TopRisks(siteId, List.of(), null);
        chosen.choose(riskIds);
        return chosen;
    }

    /** Replaces the choice; the ids were checked to be the site's risks and are at most {@link #MOST}, none twice. */
    void choose(List<UUID> riskIds) {
        risks.clear();
        riskIds.forEach(riskId -> risks.add(new TopRisk(riskId)));
    }

    public UUID siteId() {
        return id;
    }

    /** The chosen risks, the first ranked first. */
    public List<UUID> riskIds() {
        return risks.stream().map(TopRisk::riskId).toList();
    }

    @Override
    public String recordType() {
        return "top-risks";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.numbered("risks", risks, risk -> Recorded.fields("riskId", risk.riskId()));
    }
}
