package dev.tandem.organisation.web;

import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.PersonFilter;
import dev.tandem.organisation.OrganisationQueries.PersonRow;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.organisation.web.Views.PersonView;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
class PersonApi {

    private final OrganisationRegister register;
    private final OrganisationQueries queries;
    private final History history;

    PersonApi(OrganisationRegister register, OrganisationQueries queries, History history) {
        this.register = register;
        this.queries = queries;
        this.history = history;
    }

    @GetMapping
    Page<PersonRow> list(PersonFilter filter, Paging paging, Viewer viewer) {
        return queries.people(filter, paging, viewer);
    }

    /** Adds a person; {@code id} (optional) makes a repeated request return the stored person. */
    @PostMapping
    ResponseEntity<PersonView> add(
            @RequestParam(required = false) UUID id, @Valid @RequestBody RegisterPerson form, Viewer viewer) {
        var added = register.addPerson(id, form, viewer);
        var person = added.record();
        return IdempotentCreates.answer(added.isNew(), URI.create("/api/v1/people/" + person.id()))
                .eTag("\"" + person.version() + "\"")
                .body(PersonView.of(person));
    }

    @GetMapping("/{id}")
    ResponseEntity<PersonView> get(@PathVariable UUID id, Viewer viewer) {
        var person = register.person(id, viewer);
        return Versions.tagged(person.version(), PersonView.of(person));
    }

    @PutMapping("/{id}")
    ResponseEntity<PersonView> update(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody RegisterPerson form, Viewer viewer) {
        var person = register.updatePerson(id, precondition, form, viewer);
        return Versions.tagged(person.version(), PersonView.of(person));
    }

    @PostMapping("/{id}/void")
    PersonView voidPerson(@PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return PersonView.of(register.voidPerson(id, request.reason(), viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(register.person(id, viewer));
    }
}
