package dev.tandem.history;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A catalogue of coded entries that one role keeps and everyone signed in reads: defined under a code no other entry
 * of the catalogue holds (whatever its case), revised and voided with their history. Call it inside the owning
 * module's transaction.
 */
public final class Catalogue<T extends CatalogueEntry> {

    /**
     * What a catalogue is: its entries' table (for the free-code check), their kind as "not found" names it, who keeps
     * it, and what keeping it is called when it is refused.
     */
    public record Kind(String table, String entryName, Predicate<Viewer> keeper, String keeping) {}

    private final CrudRepository<T, UUID> repository;
    private final AuditedRecords<T> records;
    private final JdbcClient jdbc;
    private final Kind kind;

    Catalogue(CrudRepository<T, UUID> repository, AuditedRecords<T> records, JdbcClient jdbc, Kind kind) {
        this.repository = repository;
        this.records = records;
        this.jdbc = jdbc;
        this.kind = kind;
    }

    /** The entries in use, by code. */
    public List<T> current() {
        var all = new java.util.ArrayList<T>();
        repository.findAll().forEach(all::add);
        return all.stream()
                .filter(entry -> !entry.isVoided())
                .sorted(Comparator.comparing(CatalogueEntry::code))
                .toList();
    }

    /** @throws NotFoundException when there is no such entry */
    public T entry(UUID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(kind.entryName(), id));
    }

    /** An entry, voided or not, if there is one: for a caller in a transaction of its own. */
    public Optional<T> find(UUID id) {
        return repository.findById(id);
    }

    /** An entry in use (not voided), for a record to name. */
    public Optional<T> currentEntry(UUID id) {
        return id == null ? Optional.empty() : repository.findById(id).filter(entry -> !entry.isVoided());
    }

    /** Adds an entry; a repeated request with the same id returns the stored one. */
    public Created<T> define(UUID id, String code, Function<UUID, T> make, Viewer viewer) {
        requireKeeper(viewer);
        return records.create(
                id,
                CreateRule.checkedBefore(),
                newId -> {
                    requireFreeCode(code, newId);
                    return make.apply(newId);
                },
                viewer);
    }

    /** A new code, names or whatever else the entry holds, with the fields that changed in its history. */
    public T revise(UUID id, Precondition precondition, String code, Consumer<T> change, Viewer viewer) {
        requireKeeper(viewer);
        requireFreeCode(code, id);
        return records.change(entry(id), precondition, change, viewer);
    }

    public T voidEntry(UUID id, String reason, Viewer viewer) {
        requireKeeper(viewer);
        return records.voidRecord(entry(id), reason, viewer);
    }

    /** @throws AccessDeniedException when the viewer does not keep the catalogue */
    public void requireKeeper(Viewer viewer) {
        if (!kind.keeper().test(viewer)) {
            throw new AccessDeniedException(kind.keeping());
        }
    }

    private void requireFreeCode(String code, UUID except) {
        boolean taken =
                jdbc.sql("select count(*) from " + kind.table() + " where lower(code) = lower(:code) and id <> :id")
                                .param("code", code.strip())
                                .param("id", except)
                                .query(Long.class)
                                .single()
                        > 0;
        if (taken) {
            throw new InvalidRequestException("code", "rule.codeTaken");
        }
    }
}
