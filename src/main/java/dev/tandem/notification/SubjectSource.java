package dev.tandem.notification;

import java.util.Optional;
import java.util.UUID;

/** Finds the records of one type through their owning module's API; one bean per type of record. */
interface SubjectSource {

    String type();

    Optional<Subject> find(UUID id);
}
