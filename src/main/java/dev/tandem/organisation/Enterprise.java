package dev.tandem.organisation;

import dev.tandem.history.Recorded;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * The company running the plant: its name, home time zone, the base of its frequency rates and its managing director.
 */
public class Enterprise implements Recorded {

    /** Hours in the denominator of a frequency rate: IOGP and Russian practice, or OSHA. */
    public static final int IOGP_BASE = 1_000_000;

    public static final int OSHA_BASE = 200_000;

    /** The language of a plant that has not chosen one: the plants Tandem is built for speak Russian. */
    static final String RUSSIAN = "ru";

    @Id
    private final UUID id;

    private String name;
    private String timeZone;
    private int frequencyRateBase;
    private boolean anonymousReporting;
    private boolean ltiCountsFatalities;
    private DaysWithoutTrigger daysWithoutTrigger;
    private String language;
    private UUID managingDirectorId;

    @Version
    private Long version;

    @PersistenceCreator
    Enterprise(
            UUID id,
            String name,
            String timeZone,
            int frequencyRateBase,
            boolean anonymousReporting,
            boolean ltiCountsFatalities,
            DaysWithoutTrigger daysWithoutTrigger,
            String language,
            UUID managingDirectorId,
            Long version) {
        this.id = id;
        this.name = name;
        this.timeZone = timeZone;
        this.frequencyRateBase = frequencyRateBase;
        this.anonymousReporting = anonymousReporting;
        this.ltiCountsFatalities = ltiCountsFatalities;
        this.daysWithoutTrigger = daysWithoutTrigger;
        this.language = language;
        this.managingDirectorId = managingDirectorId;
        this.version = version;
    }

    static Enterprise of(ConfigureEnterprise command) {
        var enterprise = new Enterprise(
                UUID.randomUUID(), null, null, 0, false, true, DaysWithoutTrigger.LTI, RUSSIAN, null, null);
        enterprise.apply(command);
        return enterprise;
    }

    void apply(ConfigureEnterprise command) {
        this.name = command.name().trim();
        this.timeZone = command.timeZone();
        this.frequencyRateBase = command.frequencyRateBase();
        this.anonymousReporting = command.anonymousReporting();
        this.ltiCountsFatalities = command.ltiCountsFatalities();
        this.daysWithoutTrigger =
                command.daysWithoutTrigger() == null ? DaysWithoutTrigger.LTI : command.daysWithoutTrigger();
        this.language = command.language() == null ? RUSSIAN : command.language();
        this.managingDirectorId = command.managingDirectorId();
    }

    @Override
    public String recordType() {
        return "enterprise";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String timeZone() {
        return timeZone;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public int frequencyRateBase() {
        return frequencyRateBase;
    }

    public boolean anonymousReporting() {
        return anonymousReporting;
    }

    public boolean ltiCountsFatalities() {
        return ltiCountsFatalities;
    }

    public DaysWithoutTrigger daysWithoutTrigger() {
        return daysWithoutTrigger;
    }

    /** The language tag of the texts Tandem writes by itself for this plant ({@code ru} or {@code en}). */
    public String language() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The person of the owner company who heads the enterprise, or {@code null} while nobody is chosen. */
    public UUID managingDirectorId() {
        return managingDirectorId;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "name", name,
                "timeZone", timeZone,
                "frequencyRateBase", frequencyRateBase,
                "anonymousReporting", anonymousReporting,
                "ltiCountsFatalities", ltiCountsFatalities,
                "daysWithoutTrigger", daysWithoutTrigger,
                "language", language,
                "managingDirectorId", managingDirectorId);
    }
}
