package dev.tandem.investigation;

/**
 * The classes root causes are counted in across investigations (as ICAM files its findings): defences that were absent
 * or failed, what individuals or a team did, the conditions of the task or its environment, and the organisation's
 * factors behind them.
 */
public enum RootCauseClass {
    ABSENT_FAILED_DEFENCES,
    INDIVIDUAL_TEAM_ACTIONS,
    TASK_ENVIRONMENTAL_CONDITIONS,
    ORGANISATIONAL_FACTORS
}
