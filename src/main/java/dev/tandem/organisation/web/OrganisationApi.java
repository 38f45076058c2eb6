package dev.tandem.organisation.web;

import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.organisation.OrganisationContacts;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.OrganisationFilter;
import dev.tandem.organisation.OrganisationQueries.OrganisationRow;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.RegisterOrganisation;
import dev.tandem.organisation.web.Views.OrganisationView;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Organisations: a contractor's users see only their own; new ones registered through the API are contractors. */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApi {

    private final OrganisationRegister register;
    private final OrganisationQueries queries;
    private final History history;

    OrganisationApi(OrganisationRegister register, OrganisationQueries queries, History history) {
        this.register = register;
        this.queries = queries;
        this.history = history;
    }

    @GetMapping
    Page<OrganisationRow> list(OrganisationFilter filter, Paging paging, Viewer viewer) {
        return queries.organisations(filter, paging, viewer);
    }

    @PostMapping
    ResponseEntity<OrganisationView> register(@Valid @RequestBody RegisterOrganisation form, Viewer viewer) {
        var contractor = register.registerContractor(null, form, viewer);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + contractor.id()))
                .body(OrganisationView.of(contractor));
    }

    @GetMapping("/{id}")
    ResponseEntity<OrganisationView> get(@PathVariable UUID id, Viewer viewer) {
        var organisation = register.organisation(id, viewer);
        return Versions.tagged(organisation.version(), OrganisationView.of(organisation));
    }

    @PutMapping("/{id}")
    ResponseEntity<OrganisationView> update(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody RegisterOrganisation form,
            Viewer viewer) {
        var organisation = register.updateOrganisation(id, precondition, form, viewer);
        return Versions.tagged(organisation.version(), OrganisationView.of(organisation));
    }

    /** New contacts: a contractor's supervisor keeps their own organisation's. */
    @PutMapping("/{id}/contacts")
    ResponseEntity<OrganisationView> updateContacts(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody OrganisationContacts contacts,
            Viewer viewer) {
        var organisation = register.updateContacts(id, precondition, contacts, viewer);
        return Versions.tagged(organisation.version(), OrganisationView.of(organisation));
    }

    @PostMapping("/{id}/void")
    OrganisationView voidOrganisation(@PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return OrganisationView.of(register.voidOrganisation(id, request.reason(), viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(register.organisation(id, viewer));
    }
}
