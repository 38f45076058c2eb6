package dev.tandem.event;

/** How badly a person was hurt, from the worst down (DESIGN §5). */
public enum InjuryClass {
    FATALITY,
    LOST_TIME,
    RESTRICTED_WORK,
    MEDICAL_TREATMENT,
    /** A micro-injury: not recordable (OSHA 29 CFR 1904.7). */
    FIRST_AID;

    public boolean isRecordable() {
        return this != FIRST_AID;
    }
}
