package dev.tandem.equipment;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface EquipmentUnits extends ListCrudRepository<Equipment, UUID> {}
