package dev.tandem.meeting.web;

import dev.tandem.meeting.MeetingAccess;
import dev.tandem.meeting.committees.CommitteePlanning;
import dev.tandem.meeting.holding.Meeting;
import dev.tandem.meeting.holding.MeetingDesk;
import dev.tandem.meeting.holding.MeetingKind;
import dev.tandem.meeting.holding.MeetingQueries;
import dev.tandem.meeting.holding.MeetingQueries.MeetingFilter;
import dev.tandem.meeting.holding.MeetingSignatures;
import dev.tandem.meeting.holding.OpenMeeting;
import dev.tandem.meeting.rotations.RotationCompliance;
import dev.tandem.meeting.rotations.RotationPlanning;
import dev.tandem.meeting.rotations.SetRotationPattern;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.PdfDocuments;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the meetings' pages show: an engagement's rotations and meetings, a meeting with its people to choose from. */
@Component
class MeetingPages {

    private final MeetingDesk desk;
    private final MeetingQueries queries;
    private final RotationPlanning planning;
    private final RotationCompliance compliance;
    private final MeetingPeople people;
    private final PlantStructure plant;
    private final MeetingViews views;
    private final PdfDocuments documents;
    private final MeetingSignatures signatures;

    MeetingPages(
            MeetingDesk desk,
            MeetingQueries queries,
            RotationPlanning planning,
            RotationCompliance compliance,
            MeetingPeople people,
            PlantStructure plant,
            MeetingViews views,
            PdfDocuments documents,
            MeetingSignatures signatures) {
        this.desk = desk;
        this.queries = queries;
        this.planning = planning;
        this.compliance = compliance;
        this.people = people;
        this.plant = plant;
        this.views = views;
        this.documents = documents;
        this.signatures = signatures;
    }

    void engagement(UUID engagementId, Viewer viewer, Model model) {
        var engagement = planning.engagement(engagementId, viewer);
        var pattern = planning.pattern(engagementId, viewer);
        model.addAttribute("engagement", engagement);
        model.addAttribute("pattern", pattern.orElse(null));
        model.addAttribute(
                "rotations",
                pattern.map(p -> latestFirst(compliance.rotations(engagement, p)))
                        .orElse(List.of()));
        model.addAttribute(
                "meetings", queries.meetings(MeetingFilter.ofEngagement(engagementId), Paging.first(100), viewer));
        model.addAttribute("canHold", MeetingAccess.canHold(viewer, engagement));
        model.addAttribute("zone", plant.siteTimes().zone(engagement.siteId()));
        model.addAttribute("siteName", plant.site(engagement.siteId()).name());
        model.addAttribute("mentorName", views.name(engagement.mentorPersonId()));
        model.addAttribute("newId", UUID.randomUUID());
        model.addAttribute("plantLanguage", plant.enterprise().language());
        model.addAttribute("history", pattern.map(planning::history).orElse(List.of()));
    }

    void setPattern(
            UUID engagementId,
            Precondition precondition,
            String blocks,
            LocalDate startsOn,
            String changesAt,
            Viewer viewer) {
        if (blocks == null || blocks.isBlank()) {
            throw new InvalidRequestException("blocks", "meeting.rule.blocks");
        }
        if (startsOn == null) {
            throw new InvalidRequestException("startsOn", "meeting.rule.startsOnRequired");
        }
        planning.set(engagementId, precondition, new SetRotationPattern(blocks, startsOn, changesAt), viewer);
    }

    /** A meeting asked for on a page, at a day and time on its site's clock. */
    /** A new meeting as the form sends it: its day and time are read once the viewer may hold meetings. */
    record NewMeeting(UUID id, String day, String time, String place, String language) {

        /** The day and time on the site's clock; a form message when either is missing or unreadable. */
        LocalDateTime heldAt() {
            if (day == null || time == null) {
                throw new InvalidRequestException("heldAt", "meeting.rule.heldAtRequired");
            }
            try {
                return LocalDateTime.of(LocalDate.parse(day.strip()), LocalTime.parse(time.strip()));
            } catch (DateTimeParseException unreadable) {
                throw new InvalidRequestException("heldAt", "meeting.rule.heldAtRequired");
            }
        }
    }

    /**
     * Opens a rotation meeting of the engagement, or else a meeting of the site's committee; the id of the meeting
     * opened, or null when it was refused (and the reason flashed).
     */
    UUID open(UUID engagementId, UUID siteId, NewMeeting asked, Viewer viewer, RedirectAttributes flash) {
        var opened = new AtomicReference<UUID>();
        Forms.stepTaken(flash, "refused", () -> {
            // another's engagement is not found, and who may not hold meetings is refused before the form is read
            var site = engagementId == null
                    ? siteId
                    : planning.engagement(engagementId, viewer).siteId();
            MeetingAccess.requireHoldsMeetings(viewer);
            var heldAt = asked.heldAt();
            var at = heldAt.atZone(plant.siteTimes().zone(site)).toInstant();
            var open = new OpenMeeting(asked.id(), engagementId, siteId, at, asked.place(), asked.language());
            opened.set(desk.open(open, viewer).record().id());
        });
        return opened.get();
    }

    void meeting(UUID id, Viewer viewer, Model model) {
        var meeting = desk.meeting(id, viewer);
        var canHold = desk.canHold(meeting, viewer) && meeting.status().name().equals("OPEN");
        model.addAttribute("meeting", meeting);
        model.addAttribute("view", views.of(meeting));
        model.addAttribute("whose", whose(meeting, viewer));
        model.addAttribute("zone", plant.siteTimes().zone(meeting.siteId()));
        model.addAttribute("canHold", canHold);
        model.addAttribute("canVoid", !meeting.isVoided() && MeetingAccess.canVoid(viewer));
        model.addAttribute(
                "contractorPeople",
                canHold ? people.options(meeting, MeetingPeople.Side.CONTRACTOR, null, viewer) : List.of());
        model.addAttribute(
                "plantPeople", canHold ? people.options(meeting, MeetingPeople.Side.PLANT, null, viewer) : List.of());
        model.addAttribute("history", desk.history(meeting));
        model.addAttribute("decisionId", UUID.randomUUID());
    }

    /**
     * Whose the meeting is, as its pages name it: the contractor and its engagement, or the site for its committee;
     * with the page of its meetings, when the viewer reads it (a contractor invited to a committee does not).
     */
    record WhoseView(String name, String link, boolean committee) {}

    private WhoseView whose(Meeting meeting, Viewer viewer) {
        if (meeting.kind() == MeetingKind.COMMITTEE) {
            var link = CommitteePlanning.readsCommittees(viewer) ? "/meetings/committees/" + meeting.siteId() : null;
            return new WhoseView(plant.site(meeting.siteId()).name(), link, true);
        }
        var engagement = planning.engagement(meeting.engagementId(), viewer);
        return new WhoseView(
                engagement.organisationName() + " — " + engagement.description(),
                "/meetings/engagements/" + engagement.id(),
                false);
    }

    private static <T> List<T> latestFirst(List<T> items) {
        var reversed = new ArrayList<>(items);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    /** The meeting's minutes as a PDF in the meeting's language, whoever reads them. */
    ResponseEntity<byte[]> minutes(UUID id, Viewer viewer) {
        var meeting = desk.meeting(id, viewer);
        return documents.download(
                "meeting/minutes",
                Map.of(
                        "meeting", meeting,
                        "view", views.of(meeting),
                        "signatures", signatures.pictures(meeting),
                        "whose", whose(meeting, viewer),
                        "siteName", plant.site(meeting.siteId()).name(),
                        "zone", plant.siteTimes().zone(meeting.siteId())),
                Locale.forLanguageTag(meeting.language()),
                "minutes-"
                        + meeting.heldAt()
                                .atZone(plant.siteTimes().zone(meeting.siteId()))
                                .toLocalDate() + ".pdf");
    }
}
