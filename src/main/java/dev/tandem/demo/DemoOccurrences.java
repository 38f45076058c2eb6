package dev.tandem.demo;

import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.event.EventType;
import dev.tandem.event.InjuredPerson;
import dev.tandem.event.InjuryClass;
import java.util.Random;

/**
 * What happens at the demo plant, and how badly people are hurt, as a plant improves: {@code progress} runs from 0
 * at the start of the generated history to 1 at its end. The standard demo and the enterprise-scale plant tell the
 * same story, one over a year, the other over ten.
 */
final class DemoOccurrences {

    private DemoOccurrences() {}

    /** Hazards and near misses grow as a share of reports; incidents shrink. */
    static EventType type(Random random, double progress) {
        double roll = random.nextDouble();
        double incident = 0.09 - 0.05 * progress;
        if (roll < incident) {
            return EventType.INCIDENT;
        }
        if (roll < incident + 0.16) {
            return EventType.VIOLATION;
        }
        if (roll < incident + 0.26) {
            return EventType.IMPROVEMENT_PROPOSAL;
        }
        return roll < 0.55 + 0.1 * progress ? EventType.HAZARD : EventType.NEAR_MISS;
    }

    /** Most hurts are first aid; a lost-time injury is rarer as time goes on, and rarer still for own staff. */
    static InjuredPerson injury(Random random, Worker worker, double progress, DemoCatalogue catalogue) {
        double roll = random.nextDouble() * (worker.contractor() ? 1.0 : 1.25) * (1 + progress);
        InjuryClass injuryClass;
        int daysAway = 0;
        int daysRestricted = 0;
        if (roll < 0.07) {
            injuryClass = InjuryClass.LOST_TIME;
            daysAway = 3 + random.nextInt(40);
        } else if (roll < 0.15) {
            injuryClass = InjuryClass.RESTRICTED_WORK;
            daysRestricted = 2 + random.nextInt(15);
        } else if (roll < 0.30) {
            injuryClass = InjuryClass.MEDICAL_TREATMENT;
        } else {
            injuryClass = InjuryClass.FIRST_AID;
        }
        return new InjuredPerson(
                worker.personId(), null, null, injuryClass, catalogue.bodyPart(random), null, daysAway, daysRestricted);
    }
}
