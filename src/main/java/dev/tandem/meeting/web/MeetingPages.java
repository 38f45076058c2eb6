package dev.tandem.meeting.web;

import dev.tandem.meeting.MeetingAccess;
import dev.tandem.meeting.holding.MeetingDesk;
import dev.tandem.meeting.holding.MeetingQueries;
import dev.tandem.meeting.holding.MeetingQueries.MeetingFilter;
import dev.tandem.meeting.holding.MeetingSignatures;
import dev.tandem.meeting.rotations.RotationCompliance;
import dev.tandem.meeting.rotations.RotationPlanning;
import dev.tandem.meeting.rotations.SetRotationPattern;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.PdfDocuments;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

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

    /** A day and time on the engagement's site's clock as an instant; both are needed. */
    Instant heldAt(UUID engagementId, LocalDate day, LocalTime time, Viewer viewer) {
        if (day == null || time == null) {
            throw new InvalidRequestException("heldAt", "meeting.rule.heldAtRequired");
        }
        var engagement = planning.engagement(engagementId, viewer);
        return ZonedDateTime.of(day, time, plant.siteTimes().zone(engagement.siteId()))
                .toInstant();
    }

    void meeting(UUID id, Viewer viewer, Model model) {
        var meeting = desk.meeting(id, viewer);
        var engagement = planning.engagement(meeting.engagementId(), viewer);
        var canHold = desk.canHold(meeting, viewer) && meeting.status().name().equals("OPEN");
        model.addAttribute("meeting", meeting);
        model.addAttribute("view", views.of(meeting));
        model.addAttribute("engagement", engagement);
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

    private static <T> List<T> latestFirst(List<T> items) {
        var reversed = new ArrayList<>(items);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    /** The meeting's minutes as a PDF in the meeting's language, whoever reads them. */
    ResponseEntity<byte[]> minutes(UUID id, Viewer viewer) {
        var meeting = desk.meeting(id, viewer);
        var engagement = planning.engagement(meeting.engagementId(), viewer);
        return documents.download(
                "meeting/minutes",
                Map.of(
                        "meeting", meeting,
                        "view", views.of(meeting),
                        "signatures", signatures.pictures(meeting),
                        "engagement", engagement,
                        "siteName", plant.site(meeting.siteId()).name(),
                        "zone", plant.siteTimes().zone(meeting.siteId())),
                Locale.forLanguageTag(meeting.language()),
                "minutes-"
                        + meeting.heldAt()
                                .atZone(plant.siteTimes().zone(meeting.siteId()))
                                .toLocalDate() + ".pdf");
    }
}
