package dev.tandem.notification;

import dev.tandem.history.Recorded;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Who hears of one kind, as one record: the roles for every site and each site's own roles, with the version a change
 * is made on and the history of every change ({@code notification_rule_set}). The roles themselves are the rows of
 * {@code notification_rule}, which {@link NotificationRules} reads and {@link Subscriptions} writes with each change.
 */
@Table("notification_rule_set")
public class RuleSet implements Recorded {

    @Id
    private final UUID id;

    private final String kind;

    @Transient
    private Set<RecipientRole> everySite = Set.of();

    @Transient
    private Map<UUID, Set<RecipientRole>> ownBySite = Map.of();

    @Version
    private Long version;

    @PersistenceCreator
    RuleSet(UUID id, String kind, Long version) {
        this.id = id;
        this.kind = kind;
        this.version = version;
    }

    /** Sets the roles, as stored or as they are to be. */
    void hold(Set<RecipientRole> everySite, Map<UUID, Set<RecipientRole>> ownBySite) {
        this.everySite = everySite.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(everySite));
        var own = new HashMap<UUID, Set<RecipientRole>>();
        ownBySite.forEach((site, roles) -> own.put(site, Set.copyOf(roles)));
        this.ownBySite = Map.copyOf(own);
    }

    @Override
    public String recordType() {
        return "notification-rules";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public String kind() {
        return kind;
    }

    public Set<RecipientRole> everySite() {
        return everySite;
    }

    public Map<UUID, Set<RecipientRole>> ownBySite() {
        return ownBySite;
    }

    @Override
    public Map<String, Object> snapshot() {
        var fields = Recorded.fields("kind", kind, "everySite", new TreeSet<>(everySite));
        var sites = ownBySite.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(UUID::toString)))
                .toList();
        fields.putAll(Recorded.numbered(
                "sites",
                sites,
                site -> Recorded.fields("siteId", site.getKey(), "roles", new TreeSet<>(site.getValue()))));
        return fields;
    }
}
