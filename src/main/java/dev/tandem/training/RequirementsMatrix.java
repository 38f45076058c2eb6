package dev.tandem.training;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.history.ReadRule;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which competences are required of whom: everyone, a position, a role or work in an area. The owner company's safety
 * department adds and voids requirements; everyone signed in reads them.
 */
@Service
@Transactional
public class RequirementsMatrix {

    private final TrainingRequirements requirements;
    private final AuditedRecords<TrainingRequirement> records;
    private final CompetenceCatalogue catalogue;
    private final PlantStructure plant;
    private final JdbcClient jdbc;

    RequirementsMatrix(
            TrainingRequirements requirements,
            History history,
            CompetenceCatalogue catalogue,
            PlantStructure plant,
            JdbcClient jdbc) {
        this.requirements = requirements;
        this.records = history.auditing(requirements, ReadRule.everyone());
        this.catalogue = catalogue;
        this.plant = plant;
        this.jdbc = jdbc;
    }

    /** A requirement as lists show it, with its competence's code and names. */
    public record Requirement(
            UUID id,
            UUID competenceId,
            String competenceCode,
            String competenceEn,
            String competenceRu,
            String position,
            Role role,
            UUID areaId,
            String areaName) {

        public String competence(java.util.Locale locale) {
            return "ru".equals(locale.getLanguage()) ? competenceRu : competenceEn;
        }
    }

    /** Every current requirement, by whom it is of and then by competence; a plant has some hundreds at most. */
    @Transactional(readOnly = true)
    public List<Requirement> current() {
        return jdbc.sql(
                        """
                        select r.id, r.competence_id, c.code as competence_code, c.name_en as competence_en,
                               c.name_ru as competence_ru, r.position, r.role, r.area_id, a.name as area_name
                        from training_requirement r join competence c on c.id = r.competence_id
                        left join area a on a.id = r.area_id
                        where r.voided_at is null and c.voided_at is null
                        order by r.area_id nulls first, r.role nulls first, lower(r.position) nulls first, c.code""")
                .query(RecordRows.of(Requirement.class))
                .list();
    }

    @Transactional(readOnly = true)
    public TrainingRequirement requirement(UUID id) {
        return requirements.findById(id).orElseThrow(() -> new NotFoundException("TrainingRequirement", id));
    }

    /** Adds a requirement; the same id again returns the stored one. */
    public Created<TrainingRequirement> require(UUID id, RequireCompetence command, Viewer viewer) {
        CompetenceCatalogue.requireKeeper(viewer);
        return records.create(id, CreateRule.checkedBefore(), newId -> checked(newId, command), viewer);
    }

    public TrainingRequirement voidRequirement(UUID id, String reason, Viewer viewer) {
        CompetenceCatalogue.requireKeeper(viewer);
        return records.voidRecord(requirement(id), reason, viewer);
    }

    private TrainingRequirement checked(UUID id, RequireCompetence command) {
        if (catalogue.currentCompetence(command.competenceId()).isEmpty()) {
            throw new InvalidRequestException("competenceId", "training.rule.noSuchCompetence");
        }
        int given = (command.position() == null ? 0 : 1)
                + (command.role() == null ? 0 : 1)
                + (command.areaId() == null ? 0 : 1);
        if (given > 1) {
            throw new InvalidRequestException("position", "training.rule.requirementOfOne");
        }
        if (command.areaId() != null && plant.currentArea(command.areaId()).isEmpty()) {
            throw new InvalidRequestException("areaId", "rule.noSuchArea");
        }
        boolean exists = jdbc.sql(
                                """
                                select count(*) from training_requirement
                                where voided_at is null and competence_id = :competence
                                  and lower(btrim(coalesce(position, ''))) = lower(coalesce(:position, ''))
                                  and coalesce(role, '') = coalesce(:role, '')
                                  and area_id is not distinct from cast(:area as uuid)""")
                        .param("competence", command.competenceId())
                        .param("position", command.position())
                        .param(
                                "role",
                                command.role() == null ? null : command.role().name())
                        .param("area", command.areaId())
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            throw new InvalidRequestException("competenceId", "training.rule.requirementExists");
        }
        return TrainingRequirement.of(id, command);
    }
}
