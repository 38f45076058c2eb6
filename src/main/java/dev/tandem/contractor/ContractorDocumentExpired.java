package dev.tandem.contractor;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An approved required document of a contractor has expired and no later one renews it: new engagements are blocked
 * until one does, and the contractor's supervisors and the safety department are told once.
 */
public record ContractorDocumentExpired(UUID documentId, UUID organisationId, String title, LocalDate validUntil) {}
