package dev.tandem.contractor;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An approved required document of a contractor comes within its policy's warning days of its expiry, and no later one
 * renews it: the contractor's supervisors and the safety department are reminded once.
 */
public record ContractorDocumentExpiring(UUID documentId, UUID organisationId, String title, LocalDate validUntil) {}
