package dev.tandem.history;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

/**
 * A voidable record with what every one of them otherwise repeats: its id, the count of its saved changes (the
 * optimistic lock a client's {@code If-Match} is checked against) and the name of its kind, each mapped and read here
 * once. A subclass's persistence constructor takes {@code id} and {@code version} as Spring Data reads them.
 */
public abstract class VoidableRecord extends Voidable {

    @Id
    private final UUID id;

    @Version
    private Long version;

    @Transient
    private final String recordType;

    /** @param recordType a stable name of the kind of record, such as {@code contractor-engagement} */
    protected VoidableRecord(String recordType, UUID id, Long version) {
        this.recordType = recordType;
        this.id = id;
        this.version = version;
    }

    @Override
    public final String recordType() {
        return recordType;
    }

    @Override
    public final UUID id() {
        return id;
    }

    @Override
    public final Long version() {
        return version;
    }
}
