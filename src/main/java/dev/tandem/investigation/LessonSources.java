package dev.tandem.investigation;

import dev.tandem.equipment.Equipment;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.event.EventReporting;
import dev.tandem.event.Injury;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What a lesson card takes from its investigation, read by Tandem itself: what it is filed under in the library (the
 * type of the first safety event investigated or a machine's stops, the machine's type, the root causes' classes), and
 * the names it must not contain (the leader and members, who reported an event, the person who broke a rule, the
 * injured, registered or not).
 */
@Component
class LessonSources {

    static final String DOWNTIME = "DOWNTIME";

    private final OrganisationDirectory directory;
    private final EventReporting events;
    private final EquipmentRegistry equipment;
    private final InvestigationDesk investigations;

    LessonSources(
            OrganisationDirectory directory,
            EventReporting events,
            EquipmentRegistry equipment,
            InvestigationDesk investigations) {
        this.directory = directory;
        this.events = events;
        this.equipment = equipment;
        this.investigations = investigations;
    }

    Lesson.Filing filing(Investigation investigation) {
        var records = investigations.subjects(investigation, Viewer.system());
        var category = records.stream()
                .filter(record -> record.eventType() != null)
                .map(record -> record.eventType().name())
                .findFirst()
                .orElse(DOWNTIME);
        var machine = investigation.equipmentId() != null
                ? investigation.equipmentId()
                : records.stream()
                        .map(RecordSummary::equipmentId)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null);
        var type = machine == null
                ? null
                : equipment.currentEquipment(machine).map(Equipment::type).orElse(null);
        return new Lesson.Filing(
                category,
                type,
                investigation.methods().rootCauses().stream()
                        .map(RootCause::rootClass)
                        .toList());
    }

    List<String> names(Investigation investigation) {
        var people = new ArrayList<UUID>();
        people.add(investigation.leaderPersonId());
        people.addAll(investigation.memberPersonIds());
        var written = new ArrayList<String>();
        for (var record : investigation.records()) {
            if (record.kind() != RecordKind.EVENT) {
                continue;
            }
            events.findEvent(record.recordId(), Viewer.system()).ifPresent(event -> {
                people.add(event.reporterPersonId());
                people.add(event.violatorPersonId());
                event.injuries().stream().map(Injury::personId).forEach(people::add);
                event.injuries().stream().map(Injury::personName).forEach(written::add);
            });
        }
        return Stream.concat(
                        people.stream()
                                .filter(Objects::nonNull)
                                .distinct()
                                .flatMap(person -> directory.personName(person).stream()),
                        written.stream())
                .filter(name -> name != null && !name.isBlank())
                .toList();
    }
}
