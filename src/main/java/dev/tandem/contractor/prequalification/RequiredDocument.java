package dev.tandem.contractor.prequalification;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A document a contractor type requires.
 *
 * @param code what documents of this kind are filed under, such as {@code INSURANCE}
 * @param warnDays how many days before its expiry the contractor and the safety department are reminded
 * @param minValidityDays how many days of validity must be left when an engagement starts
 * @param appliesToRunning whether engagements that started before it became required are bound by it
 * @param requiredSince the day it became required of the type
 */
@Table("contractor_policy_document")
public record RequiredDocument(
        String code,
        String name,
        int warnDays,
        int minValidityDays,
        boolean appliesToRunning,
        LocalDate requiredSince) {

    /** Whether an engagement that started on {@code started} is bound by it. */
    public boolean binds(LocalDate started) {
        return appliesToRunning || !started.isBefore(requiredSince);
    }
}
