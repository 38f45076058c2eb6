package dev.tandem.equipment.web;

import dev.tandem.equipment.Equipment;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.dispatch.DispatchQueries;
import dev.tandem.equipment.listing.EquipmentFilter;
import dev.tandem.equipment.listing.EquipmentQueries;
import dev.tandem.equipment.listing.EquipmentQueries.EquipmentRow;
import dev.tandem.equipment.web.EquipmentViews.EquipmentView;
import dev.tandem.equipment.web.EquipmentViews.Registration;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The equipment registry. Everyone signed in reads it; the owner company's keepers register, change and void (send
 * {@code If-Match} to be sure nobody changed it meanwhile).
 */
@RestController
@RequestMapping("/api/v1/equipment")
class EquipmentApi {

    private final EquipmentRegistry registry;
    private final EquipmentQueries queries;
    private final DispatchQueries dispatch;
    private final EquipmentExports exports;
    private final History history;

    EquipmentApi(
            EquipmentRegistry registry,
            EquipmentQueries queries,
            DispatchQueries dispatch,
            EquipmentExports exports,
            History history) {
        this.registry = registry;
        this.queries = queries;
        this.dispatch = dispatch;
        this.exports = exports;
        this.history = history;
    }

    @GetMapping
    Page<EquipmentRow> list(EquipmentFilter filter, Paging paging, Viewer viewer) {
        return queries.equipment(filter, paging, viewer);
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            EquipmentFilter filter, Paging paging, @RequestParam(required = false) String format, Viewer viewer) {
        return exports.registry(format, filter, paging, viewer);
    }

    /** Registers equipment; sending the same id again returns the stored equipment and writes nothing. */
    @PostMapping
    ResponseEntity<EquipmentView> register(@Valid @RequestBody Registration registration, Viewer viewer) {
        var created = registry.register(registration.id(), registration.form(), viewer);
        var equipment = created.record();
        return IdempotentCreates.answer(created.isNew(), URI.create("/api/v1/equipment/" + equipment.id()))
                .eTag("\"" + equipment.version() + "\"")
                .body(view(equipment, viewer));
    }

    @GetMapping("/{id}")
    ResponseEntity<EquipmentView> get(@PathVariable UUID id, Viewer viewer) {
        return tagged(registry.equipment(id), viewer);
    }

    @PutMapping("/{id}")
    ResponseEntity<EquipmentView> update(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody Registration registration,
            Viewer viewer) {
        return tagged(registry.update(id, precondition, registration.form(), viewer), viewer);
    }

    @PostMapping("/{id}/void")
    ResponseEntity<EquipmentView> voidEquipment(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return tagged(registry.voidEquipment(id, request.reason(), viewer), viewer);
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id) {
        return history.of(registry.equipment(id));
    }

    private ResponseEntity<EquipmentView> tagged(Equipment equipment, Viewer viewer) {
        return Versions.tagged(equipment.version(), view(equipment, viewer));
    }

    private EquipmentView view(Equipment equipment, Viewer viewer) {
        return EquipmentView.of(
                equipment, dispatch.current(equipment.id(), viewer).orElse(null));
    }
}
