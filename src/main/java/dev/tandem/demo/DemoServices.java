package dev.tandem.demo;

import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionProgress;
import dev.tandem.equipment.DispatchLog;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.event.EventReporting;
import dev.tandem.event.EventReview;
import dev.tandem.identity.Accounts;
import dev.tandem.kpi.HoursRegister;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.risk.ControlRegister;
import dev.tandem.risk.HazardTaxonomy;
import dev.tandem.risk.RiskQueries;
import dev.tandem.risk.RiskRegister;
import dev.tandem.risk.TopRiskChoice;
import dev.tandem.shared.ReplayableClock;
import dev.tandem.stopwork.StopWorkControl;
import dev.tandem.training.CompetenceCatalogue;
import dev.tandem.training.RequirementsMatrix;
import dev.tandem.training.TrainingClearance;
import dev.tandem.training.TrainingLog;
import org.springframework.stereotype.Component;

/** The services the demo plant is written through, as the people of a plant would use them. */
@Component
record DemoServices(
        PlantStructure structure,
        OrganisationRegister register,
        OrganisationQueries queries,
        Accounts accounts,
        EventReporting reporting,
        EventReview review,
        HoursRegister hours,
        ActionPlanning planning,
        ActionProgress progress,
        EquipmentRegistry equipment,
        DispatchLog dispatch,
        ReplayableClock clock,
        RiskRegister risks,
        RiskQueries riskQueries,
        ControlRegister controls,
        TopRiskChoice topRisks,
        HazardTaxonomy hazards,
        CompetenceCatalogue competences,
        RequirementsMatrix trainingRequirements,
        TrainingLog training,
        TrainingClearance clearance,
        StopWorkControl stops) {}
