package dev.tandem.audit;

import org.springframework.modulith.NamedInterface;

/**
 * What an inspection is: one of the plant's own or a contractor's on its own work; a joint one that a contractor's
 * supervisor starts with the area's line manager invited, both signing; an audit of a contractor by the owner
 * company's safety department, whose score is kept per contractor and period.
 */
@NamedInterface("inspections")
public enum InspectionKind {
    INSPECTION,
    JOINT,
    CONTRACTOR_AUDIT
}
