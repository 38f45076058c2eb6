package dev.tandem.investigation;

import dev.tandem.history.KeptOutOfHistory;
import java.util.List;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A chain of 5 Whys: a problem and each "why?" asked of the answer before, the last answer the deepest cause. */
@Table("investigation_why_chain")
public record WhyChain(
        @KeptOutOfHistory("names the chain for its changes; a chain reads by its problem and answers") UUID id,
        String problem,
        List<String> whys) {}
