package dev.tandem.risk;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface RiskControls extends ListCrudRepository<RiskControl, UUID> {}
