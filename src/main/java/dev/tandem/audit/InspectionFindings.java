package dev.tandem.audit;

import dev.tandem.action.ActionAccess;
import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionPriority;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A failed item becomes a finding and an action in one step: the action is raised in the action module (source
 * INSPECTION) on its owner, of either side, and the finding keeps it. Whoever does the inspection records findings;
 * when they may not plan actions themselves (a worker, a contractor's supervisor) Tandem raises it in the safety
 * department's name. One finding per question, however often it is sent.
 */
@Service
@Transactional
@NamedInterface("inspections")
public class InspectionFindings {

    private static final Viewer RAISER = Viewer.automated("inspections", "Tandem", Role.HSE_SPECIALIST);
    private static final int WEEK = 7;

    private final InspectionWork work;
    private final ActionPlanning actions;
    private final OrganisationDirectory directory;
    private final InspectionPlaces places;
    private final Clock clock;

    InspectionFindings(
            InspectionWork work,
            ActionPlanning actions,
            OrganisationDirectory directory,
            InspectionPlaces places,
            Clock clock) {
        this.work = work;
        this.actions = actions;
        this.directory = directory;
        this.places = places;
        this.clock = clock;
    }

    public Finding raise(UUID inspectionId, RaiseFinding raise, Viewer viewer) {
        var inspection = work.conductable(inspectionId, viewer);
        var question = InspectionRules.question(work.checklist(inspection), raise.question());
        var existing = inspection.findingOf(question.name());
        if (existing.isPresent()) {
            return existing.get();
        }
        var owner = directory
                .membership(raise.ownerPersonId())
                .orElseThrow(() -> new InvalidRequestException("ownerPersonId", "rule.noSuchPerson"));
        var actionId = UUID.nameUUIDFromBytes(
                ("inspection-finding:" + inspection.id() + ":" + question.name()).getBytes(StandardCharsets.UTF_8));
        var note = raise.note() == null || raise.note().isBlank()
                ? null
                : raise.note().strip();
        var title = raise.title() == null || raise.title().isBlank()
                ? shortened(question.label(LocaleContextHolder.getLocale()))
                : raise.title().strip();
        actions.raise(
                new RaiseAction(
                        actionId,
                        title,
                        note,
                        SourceType.INSPECTION,
                        inspection.id(),
                        null,
                        owner.personId(),
                        owner.organisationId(),
                        raise.dueDate() != null
                                ? raise.dueDate()
                                : places.today(inspection.siteId(), clock).plusDays(WEEK),
                        ActionPriority.MEDIUM),
                ActionAccess.canPlan(viewer) ? viewer : RAISER);
        var finding = new Finding(question.name(), note, actionId, Instant.now(clock));
        work.change(inspection, changed -> changed.found(finding, viewer.displayName()), viewer);
        return finding;
    }

    private static String shortened(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }
}
