package dev.tandem.history;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.repository.CrudRepository;

/**
 * The one way a module creates, changes and voids records whose history is kept: each step saves the record and
 * writes its history entry together (call it inside the module's transaction).
 */
public final class AuditedRecords<T extends Recorded> {

    private final CrudRepository<T, UUID> repository;
    private final ReadRule<? super T> readRule;
    private final History history;
    private final VoidingChecks voidingChecks;
    private final Clock clock;

    AuditedRecords(
            CrudRepository<T, UUID> repository,
            ReadRule<? super T> readRule,
            History history,
            VoidingChecks voidingChecks,
            Clock clock) {
        this.repository = repository;
        this.readRule = readRule;
        this.history = history;
        this.voidingChecks = voidingChecks;
        this.clock = clock;
    }

    /**
     * Creates a record under the given id (a fresh one when null). Clients may choose ids so that a repeated
     * submission is harmless: if the id exists, the stored record is returned and nothing is written, but only to a
     * viewer who may read it and who may create it. {@code make} runs only for a new record, so it is where the new
     * record's references are checked.
     *
     * @param mayCreate the module's rule for creating the record, which a new record passes in {@code make} or before:
     *     applied to a stored record, a replay by a viewer who may read but not create it is refused as a new create
     * @throws NotFoundException when the id is stored already but the viewer may not read that record: answered as a
     *     read of the id would be, so that a guessed or re-used id tells nothing of another organisation's records
     */
    public Created<T> create(UUID id, CreateRule<? super T> mayCreate, Function<UUID, T> make, Viewer by) {
        var requested = id == null ? UUID.randomUUID() : id;
        var existing = repository.findById(requested);
        if (existing.isPresent()) {
            return replayed(existing.get(), mayCreate, by);
        }
        var record = repository.save(make.apply(requested));
        history.created(record, by);
        return new Created<>(record, true);
    }

    /** What a create answers when its id is stored already: the stored record, to a viewer who may read and create it. */
    private Created<T> replayed(T stored, CreateRule<? super T> mayCreate, Viewer by) {
        if (!readRule.canRead(by, stored)) {
            throw new NotFoundException(stored.getClass().getSimpleName(), stored.id());
        }
        mayCreate.require(by, stored);
        return new Created<>(stored, false);
    }

    /** Creates a record under a fresh id, which no earlier request can have stored. */
    public T createNew(Function<UUID, T> make, Viewer by) {
        var record = repository.save(make.apply(UUID.randomUUID()));
        history.created(record, by);
        return record;
    }

    /**
     * Creates many new records at once, each with its CREATED history entry, in few round trips: for imports, whose
     * records have fresh ids and whose references the caller checked.
     */
    public void createAll(java.util.List<T> made, Viewer by) {
        var saved = new java.util.ArrayList<T>();
        repository.saveAll(made).forEach(saved::add);
        history.createdAll(saved, by);
    }

    /**
     * The CREATED history entries of new records that the module wrote itself in bulk (with COPY, for an import of
     * hundreds of thousands), in the transaction that wrote them.
     */
    public void createdInBulk(java.util.List<T> written, Viewer by) {
        history.createdAll(written, by);
    }

    /**
     * Applies a change and records the fields it changed; a voided record stays as it was voided.
     *
     * @param precondition the versions the change was made on; a record changed since is not overwritten
     */
    public T change(T record, Precondition precondition, Consumer<T> change, Viewer by) {
        precondition.check(record.version(), record.recordType(), record.id());
        if (record instanceof Voidable voidable && voidable.isVoided()) {
            throw new InvalidRequestException("record", "rule.voidedUnchangeable");
        }
        var before = record.snapshot();
        change.accept(record);
        var saved = repository.save(record);
        history.updated(before, saved, by);
        return saved;
    }

    /**
     * Voids a record with a reason; it stays in place, marked, with the reason in its history.
     *
     * @throws InvalidRequestException on the reason, naming them, while active records of any module still depend on
     *     this one (see {@link Dependents})
     */
    public T voidRecord(T record, String reason, Viewer by) {
        if (!(record instanceof Voidable voidable)) {
            throw new IllegalArgumentException(record.recordType() + " records are not voided");
        }
        voidingChecks.requireUnused(record);
        voidable.voidBecause(reason, by, Instant.now(clock));
        var saved = repository.save(record);
        history.voided(saved, reason, by);
        return saved;
    }
}
