package dev.tandem.meeting.holding;

import dev.tandem.meeting.MeetingDirectory;
import dev.tandem.meeting.MeetingFacts;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.PlantStructure;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Meetings as the other modules find them: whose they are by name, the contractor's or the site's for a committee. */
@Component
@Transactional(readOnly = true)
class MeetingRecords implements MeetingDirectory {

    private final Meetings meetings;
    private final OrganisationDirectory organisations;
    private final PlantStructure plant;

    MeetingRecords(Meetings meetings, OrganisationDirectory organisations, PlantStructure plant) {
        this.meetings = meetings;
        this.organisations = organisations;
        this.plant = plant;
    }

    @Override
    public Optional<MeetingFacts> facts(UUID meetingId) {
        return meetings.findById(meetingId).map(meeting -> meeting.facts(whose(meeting)));
    }

    private String whose(Meeting meeting) {
        return meeting.organisationId() == null
                ? plant.site(meeting.siteId()).name()
                : organisations.organisationName(meeting.organisationId()).orElse("");
    }
}
