package dev.tandem.meeting.web;

import dev.tandem.meeting.holding.Meeting;
import dev.tandem.meeting.holding.MeetingDesk;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.organisation.OrganisationQueries.PersonFilter;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The people a meeting's holder picks attendees and decision owners from, found by name or position on the server: the
 * contractor's people on its side (of the contractors a committee invites, for a committee); the owner company's on
 * the plant's side, those of the meeting's site until a search looks through the whole company. Nobody of a third
 * organisation is ever offered.
 */
@Component
class MeetingPeople {

    /** A phone's list stays short: a search finds the others. */
    static final int SHOWN = 30;

    /** The owner company's people of a site offered as a committee's members. */
    static final int SITE_STAFF = 200;

    /** Whose people a picker offers. */
    enum Side {
        CONTRACTOR,
        PLANT
    }

    private final OrganisationQueries organisations;
    private final OrganisationRegister register;
    private final MeetingDesk desk;

    MeetingPeople(OrganisationQueries organisations, OrganisationRegister register, MeetingDesk desk) {
        this.organisations = organisations;
        this.register = register;
        this.desk = desk;
    }

    /** The side's people matching the search (all of them, a page, without one); both sides when none is given. */
    List<Option> options(Meeting meeting, Side side, String q, Viewer viewer) {
        var options = new ArrayList<Option>();
        if (side != Side.PLANT) {
            desk.invitedOrganisations(meeting)
                    .forEach(contractor -> options.addAll(found(new PersonFilter(q, contractor, null, false), viewer)));
        }
        if (side != Side.CONTRACTOR) {
            var search = q != null && !q.isBlank();
            register.ownerCompany()
                    .ifPresent(owner -> options.addAll(
                            found(new PersonFilter(q, owner.id(), search ? null : meeting.siteId(), false), viewer)));
        }
        return options;
    }

    /** The owner company's people of the site, by name: those a site's committee's members are chosen from. */
    List<Option> siteStaff(UUID siteId, Viewer viewer) {
        return register.ownerCompany()
                .map(owner -> organisations
                        .people(new PersonFilter(null, owner.id(), siteId, false), Paging.first(SITE_STAFF), viewer)
                        .items()
                        .stream()
                        .map(person -> new Option(person.id(), person.fullName()))
                        .toList())
                .orElse(List.of());
    }

    private List<Option> found(PersonFilter filter, Viewer viewer) {
        return organisations.people(filter, Paging.first(SHOWN), viewer).items().stream()
                .map(person -> new Option(
                        person.id(),
                        person.fullName() + " — "
                                + (person.position() == null
                                                || person.position().isBlank()
                                        ? ""
                                        : person.position() + ", ")
                                + person.organisationName()))
                .toList();
    }
}
