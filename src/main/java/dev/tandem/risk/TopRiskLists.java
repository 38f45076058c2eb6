package dev.tandem.risk;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface TopRiskLists extends ListCrudRepository<TopRisks, UUID> {}
