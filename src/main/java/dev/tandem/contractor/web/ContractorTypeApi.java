package dev.tandem.contractor.web;

import dev.tandem.contractor.prequalification.DefinePolicy;
import dev.tandem.contractor.prequalification.DocumentPolicy;
import dev.tandem.contractor.prequalification.PolicyRegister;
import dev.tandem.contractor.web.ContractorViews.PolicyView;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
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

/** Contractor types and the documents each requires: the safety department keeps them, contractors read them. */
@RestController
@RequestMapping("/api/v1/contractor-types")
class ContractorTypeApi {

    private final PolicyRegister register;
    private final History history;

    ContractorTypeApi(PolicyRegister register, History history) {
        this.register = register;
        this.history = history;
    }

    /** Every current type (a handful), by name. */
    @GetMapping
    List<PolicyView> list(Viewer viewer) {
        return register.policies(viewer).stream().map(PolicyView::of).toList();
    }

    @PostMapping
    ResponseEntity<PolicyView> define(
            @RequestParam(required = false) UUID id, @Valid @RequestBody DefinePolicy command, Viewer viewer) {
        var created = register.define(id, command, viewer);
        var policy = created.record();
        return IdempotentCreates.answer(created.isNew(), URI.create("/api/v1/contractor-types/" + policy.id()))
                .eTag("\"" + policy.version() + "\"")
                .body(PolicyView.of(policy));
    }

    @GetMapping("/{id}")
    ResponseEntity<PolicyView> get(@PathVariable UUID id, Viewer viewer) {
        return tagged(register.policy(id, viewer));
    }

    @PutMapping("/{id}")
    ResponseEntity<PolicyView> revise(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody DefinePolicy command, Viewer viewer) {
        return tagged(register.revise(id, precondition, command, viewer));
    }

    @PostMapping("/{id}/void")
    ResponseEntity<PolicyView> voidPolicy(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return tagged(register.voidPolicy(id, request.reason(), viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(register.policy(id, viewer));
    }

    private static ResponseEntity<PolicyView> tagged(DocumentPolicy policy) {
        return Versions.tagged(policy.version(), PolicyView.of(policy));
    }
}
