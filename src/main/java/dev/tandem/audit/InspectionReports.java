package dev.tandem.audit;

import dev.tandem.shared.RecordRows;
import dev.tandem.shared.web.StoredFiles;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes an inspection's report in a language: the questions its answers show, with their photos, findings and the
 * findings' actions as the action module has them now, and both sides' signatures. Who may read it is checked by the
 * caller: its page, the API, or a share link.
 */
@Component
@Transactional(readOnly = true)
public class InspectionReports {

    private final InspectionWork work;
    private final InspectionQueries queries;
    private final JdbcClient jdbc;
    private final StoredFiles photos;
    private final StoredFiles signatures;
    private final InspectionPlaces places;

    InspectionReports(
            InspectionWork work, InspectionQueries queries, InspectionPlaces places, JdbcClient jdbc, Clock clock) {
        this.work = work;
        this.places = places;
        this.queries = queries;
        this.jdbc = jdbc;
        this.photos = new StoredFiles(jdbc, clock, "audit_inspection_photo", "inspection_id");
        this.signatures = new StoredFiles(jdbc, clock, "audit_inspection_signature", "inspection_id");
    }

    /** The report, its times on the inspection's site's clock. */
    public InspectionReport of(Inspection inspection, Locale locale) {
        var zone = places.zone(inspection.siteId());
        var names = queries.titlePage(inspection);
        var lines = new ArrayList<InspectionReport.Line>();
        String section = null;
        for (var state : inspection.states(work.checklist(inspection))) {
            if (!state.shown()) {
                continue;
            }
            var question = state.question();
            var heading = question.section(locale);
            lines.add(new InspectionReport.Line(
                    heading != null && !heading.equals(section) ? heading : null,
                    question.label(locale),
                    answer(question, state.value(), locale),
                    state.answer() == null ? null : state.answer().note(),
                    state.answer() == null || state.answer().photoId() == null
                            ? null
                            : picture(photos, inspection.id(), state.answer().photoId()),
                    state.failed(),
                    state.finding() == null ? null : state.finding().note(),
                    state.finding() == null ? null : action(state.finding().actionId())));
            section = heading;
        }
        return new InspectionReport(
                inspection.title(),
                inspection.templateVersion(),
                "audit.kind." + inspection.kind(),
                "audit.status." + inspection.status(),
                names.areaName() == null ? names.siteName() : names.siteName() + " — " + names.areaName(),
                names.organisationName(),
                names.startedByName(),
                inspection.conductedOn(),
                inspection.conductedBy(),
                inspection.completedAt() == null
                        ? null
                        : inspection.completedAt().atZone(zone),
                inspection.score().points(),
                inspection.score().possible(),
                inspection.score().percentage(),
                lines,
                signed(inspection, zone));
    }

    private List<InspectionReport.Signature> signed(Inspection inspection, ZoneId zone) {
        var signed = new ArrayList<InspectionReport.Signature>();
        if (inspection.signatures().contractorSignatureId() != null) {
            signed.add(new InspectionReport.Signature(
                    "audit.inspection.contractorSide",
                    inspection.signatures().contractorSignedBy(),
                    inspection.signatures().contractorSignedAt().atZone(zone),
                    picture(signatures, inspection.id(), inspection.signatures().contractorSignatureId())));
        }
        if (inspection.signatures().ownerSignatureId() != null) {
            signed.add(new InspectionReport.Signature(
                    "audit.inspection.ownerSide",
                    inspection.signatures().ownerSignedBy(),
                    inspection.signatures().ownerSignedAt().atZone(zone),
                    picture(signatures, inspection.id(), inspection.signatures().ownerSignatureId())));
        }
        return signed;
    }

    private static String answer(Question question, String value, Locale locale) {
        if (value == null) {
            return null;
        }
        return question.choice(value).map(choice -> choice.label(locale)).orElse(value);
    }

    private static String picture(StoredFiles files, UUID inspection, UUID id) {
        return files.find(inspection, id).map(StoredFiles.StoredFile::dataUri).orElse(null);
    }

    /** The action as it stands now, from the action module's published view. */
    private InspectionReport.Action action(UUID id) {
        return jdbc.sql(
                        """
                        select a.title, p.full_name as owner, a.due_date, a.status
                        from corrective_action_fact a left join person p on p.id = a.owner_person_id
                        where a.id = :id""")
                .param("id", id)
                .query(RecordRows.of(InspectionReport.Action.class))
                .optional()
                .orElse(null);
    }
}
