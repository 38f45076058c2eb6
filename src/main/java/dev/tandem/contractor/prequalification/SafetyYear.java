package dev.tandem.contractor.prequalification;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Table;

/** One year of a contractor's safety record as it declares it: the hours worked and injuries by class. */
@Table("contractor_safety_year")
public record SafetyYear(
        int year, BigDecimal hours, int fatalities, int lostTime, int restrictedWork, int medicalTreatment) {}
