package dev.tandem.meeting.web;

import dev.tandem.meeting.holding.Meeting;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.organisation.OrganisationQueries.PersonFilter;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The people a meeting's holder picks attendees and decision owners from, found by name or position on the server: the
 * contractor's people on its side; the owner company's on the plant's side, those of the meeting's site until a search
 * looks through the whole company. Nobody of a third organisation is ever offered.
 */
@Component
class MeetingPeople {

    /** A phone's list stays short: a search finds the others. */
    static final int SHOWN = 30;

    /** Whose people a picker offers. */
    enum Side {
        CONTRACTOR,
        PLANT
    }

    private final OrganisationQueries organisations;
    private final OrganisationRegister register;

    MeetingPeople(OrganisationQueries organisations, OrganisationRegister register) {
        this.organisations = organisations;
        this.register = register;
    }

    /** The side's people matching the search (all of them, a page, without one); both sides when none is given. */
    List<Option> options(Meeting meeting, Side side, String q, Viewer viewer) {
        var options = new ArrayList<Option>();
        if (side != Side.PLANT) {
            options.addAll(found(new PersonFilter(q, meeting.organisationId(), null, false), viewer));
        }
        if (side != Side.CONTRACTOR) {
            var search = q != null && !q.isBlank();
            register.ownerCompany()
                    .ifPresent(owner -> options.addAll(
                            found(new PersonFilter(q, owner.id(), search ? null : meeting.siteId(), false), viewer)));
        }
        return options;
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
