package dev.tandem.signal.ingest;

import dev.tandem.equipment.EquipmentStates;
import dev.tandem.equipment.EquipmentStatesChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the equipment streams what their machines do, whenever dispatch data about them is recorded or voided. */
@Component
class DispatchContext {

    private final EquipmentStates states;
    private final SignalIngestion ingestion;

    DispatchContext(EquipmentStates states, SignalIngestion ingestion) {
        this.states = states;
        this.ingestion = ingestion;
    }

    @ApplicationModuleListener
    void on(EquipmentStatesChanged changed) {
        ingestion.operating(changed.equipmentId(), changed.from(), states.since(changed.equipmentId(), changed.from()));
    }
}
