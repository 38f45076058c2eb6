package dev.tandem.kpi.screens;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.HSE_SPECIALIST;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Role;
import dev.tandem.shared.Secrets;
import dev.tandem.shared.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shop-floor screens and their display tokens. The safety department and administrators set screens up and switch
 * them off; a screen opens with its token alone and reads the figures of its own scope, nothing else.
 */
@Service
@Transactional
public class ShopFloorScreens {

    static final String TOKEN_PREFIX = "tds_";

    static final int LESSONS_SHOWN = 3;

    /** Who sets screens up and switches them off: the owner's safety department and administrators. */
    private static final Role[] KEEPERS = {ADMIN, HSE_SPECIALIST};

    private final DisplayScreens screens;
    private final AuditedRecords<DisplayScreen> records;
    private final PlantStructure plant;
    private final OrganisationDirectory organisations;
    private final OrganisationRegister register;
    private final JdbcClient jdbc;
    private final Clock clock;

    ShopFloorScreens(
            DisplayScreens screens,
            History history,
            PlantStructure plant,
            OrganisationDirectory organisations,
            OrganisationRegister register,
            JdbcClient jdbc,
            Clock clock) {
        this.screens = screens;
        this.records = history.auditing(screens, (viewer, screen) -> viewer.hasOwnerRole(ADMIN, HSE_SPECIALIST));
        this.plant = plant;
        this.organisations = organisations;
        this.register = register;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static boolean canKeep(Viewer viewer) {
        return viewer.hasOwnerRole(KEEPERS);
    }

    /** A screen just set up, with the token that opens it: shown once, only its hash is kept. */
    public record IssuedScreen(DisplayScreen screen, String token) {}

    public IssuedScreen setUp(SetUpScreen command, Viewer viewer) {
        viewer.requireOwnerRole(KEEPERS);
        if (command.siteId() != null && plant.currentSite(command.siteId()).isEmpty()) {
            throw new InvalidRequestException("siteId", "rule.noSuchSite");
        }
        if (command.organisationId() != null && !organisations.isCurrentOrganisation(command.organisationId())) {
            throw new InvalidRequestException("organisationId", "rule.noSuchOrganisation");
        }
        var token = Secrets.generate(TOKEN_PREFIX);
        var screen = records.createNew(
                id -> DisplayScreen.of(id, command, Secrets.hash(token), token.substring(0, TOKEN_PREFIX.length() + 6)),
                viewer);
        return new IssuedScreen(screen, token);
    }

    /** Every screen, those in use first. */
    @Transactional(readOnly = true)
    public List<DisplayScreen> all(Viewer viewer) {
        viewer.requireOwnerRole(KEEPERS);
        return screens.findAll().stream()
                .sorted(Comparator.comparing(DisplayScreen::isVoided).thenComparing(DisplayScreen::name))
                .toList();
    }

    /** Switches a screen off: its token opens nothing from now on. */
    public DisplayScreen switchOff(UUID id, String reason, Viewer viewer) {
        viewer.requireOwnerRole(KEEPERS);
        var screen = screens.findById(id).orElseThrow(() -> new NotFoundException("Screen", id));
        return records.voidRecord(screen, reason, viewer);
    }

    /**
     * The screen a display token opens, if it is in use; notes that the screen was seen (at most once a minute), so
     * the safety department can tell a TV that went dark.
     */
    public Optional<DisplayScreen> open(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        var screen = screens.findByTokenHash(Secrets.hash(token)).filter(found -> !found.isVoided());
        screen.ifPresent(found -> {
            var now = Instant.now(clock);
            jdbc.sql(
                            """
                            update display_screen set last_seen_at = :now
                            where id = :id and (last_seen_at is null or last_seen_at < :minuteAgo)""")
                    .param("now", Timestamp.from(now))
                    .param("minuteAgo", Timestamp.from(now.minusSeconds(60)))
                    .param("id", found.id())
                    .update();
        });
        return screen;
    }

    /** What a screen shows, as its heading says: the enterprise, or the site and the organisation. */
    @Transactional(readOnly = true)
    public String heading(DisplayScreen screen) {
        var parts = new ArrayList<String>();
        if (screen.siteId() != null) {
            parts.add(plant.site(screen.siteId()).name());
        }
        if (screen.organisationId() != null) {
            parts.add(register.organisation(screen.organisationId(), viewer(screen))
                    .name());
        }
        return parts.isEmpty() ? plant.enterprise().name() : String.join(" · ", parts);
    }

    /** A lesson learned as a screen shows it. */
    public record ScreenLesson(UUID id, String happened, String why, String learned, String did) {}

    /**
     * The lessons learned the safety department chose for the screens, as the investigation module publishes them in
     * its view {@code lesson_on_screen}: the latest few of the screen's site (of every site for a screen of the whole
     * enterprise), each in the screen's language when the card has it. Lessons name nobody, so every screen, a
     * contractor's too, shows them.
     */
    @Transactional(readOnly = true)
    public List<ScreenLesson> lessons(DisplayScreen screen) {
        return jdbc.sql(
                        """
                        select id, happened, why, learned, did from (
                          select distinct on (id) id, published_at, happened, why, learned, did
                          from lesson_on_screen
                          where site_id = :site or cast(:site as uuid) is null
                          order by id, language = :language desc, language = written_in desc) chosen
                        order by published_at desc, id
                        limit :shown""")
                .param("site", screen.siteId())
                .param("language", screen.locale().getLanguage())
                .param("shown", LESSONS_SHOWN)
                .query(RecordRows.of(ScreenLesson.class))
                .list();
    }

    /** Whom a screen reads the figures as: the owner's side, with no role, so it can read and change nothing else. */
    public static Viewer viewer(DisplayScreen screen) {
        return Viewer.automated("screen", screen.name()).onSite(screen.siteId());
    }
}
