package dev.tandem.signal.web;

import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import dev.tandem.signal.DefineTag;
import dev.tandem.signal.TagRegister;
import dev.tandem.signal.listing.TagQueries;
import dev.tandem.signal.listing.TagQueries.TagFilter;
import dev.tandem.signal.listing.TagQueries.TagRow;
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

/** The tags of equipment: everyone signed in reads them, the registry's keepers keep them. */
@RestController
@RequestMapping("/api/v1/signals/tags")
class TagApi {

    private final TagRegister register;
    private final TagQueries queries;
    private final History history;

    TagApi(TagRegister register, TagQueries queries, History history) {
        this.register = register;
        this.queries = queries;
        this.history = history;
    }

    @GetMapping
    Page<TagRow> list(TagFilter filter, Paging paging) {
        return queries.tags(filter, paging);
    }

    /** Adds a tag; {@code id} (optional) makes a repeated request return the stored tag. */
    @PostMapping
    ResponseEntity<TagView> register(
            @RequestParam(required = false) UUID id, @Valid @RequestBody DefineTag form, Viewer viewer) {
        var created = register.register(id, form, viewer);
        var tag = created.record();
        return IdempotentCreates.answer(created.isNew(), URI.create("/api/v1/signals/tags/" + tag.id()))
                .eTag("\"" + tag.version() + "\"")
                .body(TagView.of(tag));
    }

    @GetMapping("/{id}")
    ResponseEntity<TagView> get(@PathVariable UUID id) {
        var tag = register.tag(id);
        return Versions.tagged(tag.version(), TagView.of(tag));
    }

    @PutMapping("/{id}")
    ResponseEntity<TagView> update(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody DefineTag form, Viewer viewer) {
        var tag = register.update(id, precondition, form, viewer);
        return Versions.tagged(tag.version(), TagView.of(tag));
    }

    @PostMapping("/{id}/void")
    ResponseEntity<TagView> voidTag(@PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        var tag = register.voidTag(id, request.reason(), viewer);
        return Versions.tagged(tag.version(), TagView.of(tag));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id) {
        return history.of(register.tag(id));
    }
}
