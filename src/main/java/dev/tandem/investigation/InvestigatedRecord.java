package dev.tandem.investigation;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** One record an investigation looks into, named by its module's id. */
@Table("investigation_record")
public record InvestigatedRecord(@NotNull RecordKind kind, @NotNull UUID recordId) {}
