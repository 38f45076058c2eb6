package dev.tandem.organisation.web;

import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.organisation.DefineArea;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.AreaFilter;
import dev.tandem.organisation.OrganisationQueries.AreaRow;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.organisation.web.Views.AreaView;
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
@RequestMapping("/api/v1/areas")
class AreaApi {

    private final PlantStructure plant;
    private final OrganisationQueries queries;
    private final History history;

    AreaApi(PlantStructure plant, OrganisationQueries queries, History history) {
        this.plant = plant;
        this.queries = queries;
        this.history = history;
    }

    @GetMapping
    Page<AreaRow> list(AreaFilter filter, Paging paging) {
        return queries.areas(filter, paging);
    }

    @PostMapping
    ResponseEntity<AreaView> create(@Valid @RequestBody DefineArea form, Viewer viewer) {
        var area = plant.createArea(null, form, viewer);
        return ResponseEntity.created(URI.create("/api/v1/areas/" + area.id())).body(AreaView.of(area));
    }

    @GetMapping("/{id}")
    ResponseEntity<AreaView> get(@PathVariable UUID id) {
        var area = plant.area(id);
        return Versions.tagged(area.version(), AreaView.of(area));
    }

    @PutMapping("/{id}")
    ResponseEntity<AreaView> update(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody DefineArea form, Viewer viewer) {
        var area = plant.updateArea(id, precondition, form, viewer);
        return Versions.tagged(area.version(), AreaView.of(area));
    }

    @PostMapping("/{id}/void")
    AreaView voidArea(@PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return AreaView.of(plant.voidArea(id, request.reason(), viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id) {
        return history.of(plant.area(id));
    }
}
