package dev.tandem.organisation.web;

import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.SiteFilter;
import dev.tandem.organisation.OrganisationQueries.SiteRow;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.organisation.web.Views.SiteView;
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

@RestController
@RequestMapping("/api/v1/sites")
class SiteApi {

    private final PlantStructure plant;
    private final OrganisationQueries queries;
    private final History history;

    SiteApi(PlantStructure plant, OrganisationQueries queries, History history) {
        this.plant = plant;
        this.queries = queries;
        this.history = history;
    }

    @GetMapping
    Page<SiteRow> list(SiteFilter filter, Paging paging) {
        return queries.sites(filter, paging);
    }

    @PostMapping
    ResponseEntity<SiteView> create(@Valid @RequestBody DefineSite form, Viewer viewer) {
        var site = plant.createSite(null, form, viewer);
        return ResponseEntity.created(URI.create("/api/v1/sites/" + site.id())).body(SiteView.of(site));
    }

    @GetMapping("/{id}")
    ResponseEntity<SiteView> get(@PathVariable UUID id) {
        var site = plant.site(id);
        return Versions.tagged(site.version(), SiteView.of(site));
    }

    @PutMapping("/{id}")
    ResponseEntity<SiteView> update(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody DefineSite form, Viewer viewer) {
        var site = plant.updateSite(id, precondition, form, viewer);
        return Versions.tagged(site.version(), SiteView.of(site));
    }

    @PostMapping("/{id}/void")
    SiteView voidSite(@PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return SiteView.of(plant.voidSite(id, request.reason(), viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id) {
        return history.of(plant.site(id));
    }
}
