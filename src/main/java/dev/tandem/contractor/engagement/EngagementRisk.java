package dev.tandem.contractor.engagement;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A risk of an engagement's scope, by its id in the register. */
@Table("contractor_engagement_risk")
public record EngagementRisk(UUID riskId) {}
