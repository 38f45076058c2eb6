package dev.tandem.organisation;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR;
import static dev.tandem.shared.Role.DIRECTOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and their people. The safety department and administrators keep the register; a contractor's
 * supervisor keeps the list of their own people. A contractor's users never see another contractor's records.
 */
@Service
@Transactional
public class OrganisationRegister {

    private final Organisations organisations;
    private final People people;
    private final Sites sites;
    private final Areas areas;
    private final AuditedRecords<Organisation> organisationRecords;
    private final AuditedRecords<Person> personRecords;

    OrganisationRegister(Organisations organisations, People people, Sites sites, Areas areas, History history) {
        this.organisations = organisations;
        this.people = people;
        this.sites = sites;
        this.areas = areas;
        this.organisationRecords =
                history.auditing(organisations, (viewer, organisation) -> viewer.canSee(organisation.id()));
        this.personRecords = history.auditing(people, OrganisationRegister::mayRead);
    }

    @Transactional(readOnly = true)
    public Organisation organisation(UUID id, Viewer viewer) {
        var organisation = organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation", id));
        viewer.requireVisible(organisation.id(), "Organisation", id);
        return organisation;
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> ownerCompany() {
        return organisations.findAll().stream()
                .filter(organisation -> !organisation.isContractor())
                .findFirst();
    }

    boolean isOwnerCompany(UUID organisationId) {
        return ownerCompany().map(owner -> owner.id().equals(organisationId)).orElse(false);
    }

    /** Registers the owner company; there is exactly one. */
    public Organisation registerOwner(UUID id, RegisterOrganisation command, Viewer viewer) {
        viewer.requireRole(ADMIN);
        if (ownerCompany().isPresent()) {
            throw new InvalidRequestException("kind", "rule.ownerRegistered");
        }
        return organisationRecords
                .create(id, CreateRule.checkedBefore(), newId -> Organisation.owner(newId, command), viewer)
                .record();
    }

    /** Registers a contractor; a repeated request with the same id returns the stored record. */
    public Organisation registerContractor(UUID id, RegisterOrganisation command, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        return organisationRecords
                .create(id, CreateRule.checkedBefore(), newId -> Organisation.contractor(newId, command), viewer)
                .record();
    }

    public Organisation updateOrganisation(
            UUID id, Precondition precondition, RegisterOrganisation command, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        return organisationRecords.change(
                organisation(id, viewer), precondition, organisation -> organisation.apply(command), viewer);
    }

    /**
     * New contacts of an organisation: the safety department's and administrators' to change for any, a contractor's
     * supervisor's for their own (its name, tax number and status stay with the safety department).
     */
    public Organisation updateContacts(
            UUID id, Precondition precondition, OrganisationContacts contacts, Viewer viewer) {
        var organisation = organisation(id, viewer);
        if (!viewer.hasOwnerRole(ADMIN, HSE_SPECIALIST)) {
            viewer.requireRole(CONTRACTOR_SUPERVISOR);
            if (!viewer.contractor() || !id.equals(viewer.organisationId())) {
                throw new NotFoundException("Organisation", id);
            }
        }
        return organisationRecords.change(organisation, precondition, changed -> changed.reachAt(contacts), viewer);
    }

    /**
     * Moves a contractor along its lifecycle (PROSPECTIVE, ONBOARDING, ACTIVE, SUSPENDED, OFFBOARDED) with the reason,
     * which the history keeps with the change; the owner company's safety department and administrators decide.
     */
    public Organisation changeStatus(
            UUID id, Precondition precondition, OrganisationStatus next, String reason, Viewer viewer) {
        viewer.requireOwnerRole(ADMIN, HSE_SPECIALIST);
        return organisationRecords.change(
                organisation(id, viewer), precondition, organisation -> organisation.moveTo(next, reason), viewer);
    }

    public Organisation voidOrganisation(UUID id, String reason, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST);
        var organisation = organisation(id, viewer);
        return organisationRecords.voidRecord(organisation, reason, viewer);
    }

    /** Who may look people up: supervisors, managers and the safety department, not workers. */
    static final Role[] DIRECTORY_READERS = {CONTRACTOR_SUPERVISOR, LINE_MANAGER, HSE_SPECIALIST, DIRECTOR, ADMIN};

    public static boolean readsDirectory(Viewer viewer) {
        return viewer.has(DIRECTORY_READERS);
    }

    @Transactional(readOnly = true)
    public Person person(UUID id, Viewer viewer) {
        viewer.requireRole(DIRECTORY_READERS);
        return findPerson(id, viewer).orElseThrow(() -> new NotFoundException("Person", id));
    }

    Optional<Person> findPerson(UUID id, Viewer viewer) {
        return people.findById(id).filter(person -> viewer.canSee(person.organisationId()));
    }

    /** Who reads a person: the directory's readers, a contractor's only of their own organisation. */
    private static boolean mayRead(Viewer viewer, Person person) {
        return viewer.has(DIRECTORY_READERS) && viewer.canSee(person.organisationId());
    }

    /** Adds a person; a repeated request with the same id returns the stored record, and says it was stored before. */
    public Created<Person> addPerson(UUID id, RegisterPerson command, Viewer viewer) {
        requireKeeperOfPeople(command.organisationId(), viewer);
        checkSite(command);
        return personRecords.create(
                id,
                (replayer, stored) -> requireKeeperOfPeople(stored.organisationId(), replayer),
                newId -> {
                    checkPersonnelNumber(command, newId);
                    return Person.of(newId, command);
                },
                viewer);
    }

    public Person updatePerson(UUID id, Precondition precondition, RegisterPerson command, Viewer viewer) {
        var person = person(id, viewer);
        requireKeeperOfPeople(person.organisationId(), viewer);
        if (!person.organisationId().equals(command.organisationId())) {
            // someone who changes employer is registered anew, so roles and records never cross organisations
            throw new InvalidRequestException("organisationId", "rule.organisationFixed");
        }
        checkSite(command);
        checkPersonnelNumber(command, id);
        return personRecords.change(person, precondition, changed -> changed.revise(command), viewer);
    }

    public Person voidPerson(UUID id, String reason, Viewer viewer) {
        var person = person(id, viewer);
        requireKeeperOfPeople(person.organisationId(), viewer);
        return personRecords.voidRecord(person, reason, viewer);
    }

    /** Administrators and the safety department keep everyone; a contractor's supervisor keeps their own people. */
    private void requireKeeperOfPeople(UUID organisationId, Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST, CONTRACTOR_SUPERVISOR);
        var organisation = organisations
                .findById(organisationId)
                .filter(o -> viewer.canSee(o.id()) && !o.isVoided())
                .orElseThrow(() -> new InvalidRequestException("organisationId", "rule.noSuchOrganisation"));
        if (!viewer.has(ADMIN, HSE_SPECIALIST) && !organisation.id().equals(viewer.organisationId())) {
            throw new InvalidRequestException("organisationId", "rule.noSuchOrganisation");
        }
    }

    /** A personnel number names one person of their organisation. */
    private void checkPersonnelNumber(RegisterPerson command, UUID personId) {
        var number = Text.orNull(command.personnelNumber());
        if (number != null && people.personnelNumberTaken(command.organisationId(), number, personId)) {
            throw new InvalidRequestException("personnelNumber", "rule.personnelNumberTaken");
        }
    }

    private void checkSite(RegisterPerson command) {
        if (command.siteId() != null
                && sites.findById(command.siteId()).filter(s -> !s.isVoided()).isEmpty()) {
            throw new InvalidRequestException("siteId", "rule.noSuchSite");
        }
        if (command.areaId() != null
                && areas.findById(command.areaId())
                        .filter(area -> !area.isVoided() && area.siteId().equals(command.siteId()))
                        .isEmpty()) {
            throw new InvalidRequestException("areaId", "rule.areaNotOnPersonsSite");
        }
    }
}
