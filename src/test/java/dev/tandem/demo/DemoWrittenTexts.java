package dev.tandem.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every text a person reads that the demo plant wrote, column by column, among the demo's own records only (other
 * tests add records of their own beside them): names of people, their positions, sites, areas, organisations,
 * equipment, tags, the events' descriptions and injuries, the actions' titles and notes, the dispatch notes, the risks, their measures and milestones, the investigations and their lessons, the
 * checklists' titles, the inspections' notes and their findings' actions (the questions keep both languages), the
 * contractors' status reasons, types, required documents, documents' titles and engagements' scopes, the rotation
 * meetings' places, notes, added items and decisions with their actions' notes, and the name under
 * which the demo's own steps are recorded in the history.
 */
final class DemoWrittenTexts {

    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("enterprise name", "select name from enterprise");
        COLUMNS.put("site name", "select name from site where id in (:sites)");
        COLUMNS.put("site address", "select address from site where id in (:sites) and address is not null");
        COLUMNS.put("area name", "select name from area where id in (:areas)");
        COLUMNS.put("area description", "select description from area where id in (:areas)");
        COLUMNS.put("organisation name", "select name from organisation where id in (:organisations)");
        COLUMNS.put("person name", "select full_name from person where id in (:people)");
        COLUMNS.put("person position", "select position from person where id in (:people)");
        COLUMNS.put("equipment name", "select name from equipment where id in (:equipment)");
        COLUMNS.put("tag name", "select name from signal_tag where id in (:tags)");
        COLUMNS.put("tag unit", "select unit from signal_tag where id in (:tags) and unit <> '°C'");
        COLUMNS.put(
                "dispatch note",
                "select note from equipment_state_change where equipment_id in (:equipment) and note is not null");
        COLUMNS.put(
                "dispatch recorded by",
                "select recorded_by_name from equipment_state_change where equipment_id in (:equipment)");
        COLUMNS.put("event description", "select description from safety_event where id in (:events)");
        COLUMNS.put(
                "injury body part",
                "select body_part from injury where safety_event in (:events) and body_part is not null");
        COLUMNS.put("action title", "select title from corrective_action where id in (:actions)");
        COLUMNS.put(
                "action completion note",
                "select completion_note from corrective_action where id in (:actions) and completion_note is not null");
        COLUMNS.put(
                "action reason to redo",
                "select verification_note from corrective_action where id in (:actions)"
                        + " and verification_note is not null");
        COLUMNS.put("risk activity", "select activity from risk_entry where id in (:risks)");
        COLUMNS.put("risk hazard", "select hazard from risk_entry where id in (:risks)");
        COLUMNS.put("risk unwanted event", "select unwanted_event from risk_entry where id in (:risks)");
        COLUMNS.put("risk consequence", "select consequence from risk_entry where id in (:risks)");
        COLUMNS.put(
                "risk acceptance",
                "select acceptance_justification from risk_entry where id in (:risks)"
                        + " and acceptance_justification is not null");
        COLUMNS.put("measure and milestone title", "select title from corrective_action where id in (:riskActions)");
        COLUMNS.put(
                "measure and milestone note",
                "select completion_note from corrective_action where id in (:riskActions)"
                        + " and completion_note is not null");
        COLUMNS.put("investigation title", "select title from investigation where id in (:investigations)");
        COLUMNS.put(
                "investigation fact", "select what from investigation_fact where investigation in (:investigations)");
        COLUMNS.put(
                "investigation root cause",
                "select cause from investigation_root_cause where investigation in (:investigations)");
        COLUMNS.put(
                "lesson learned",
                "select happened || ' ' || why || ' ' || learned || ' ' || did from investigation_lesson_text"
                        + " where lesson in (:lessons)");
        COLUMNS.put(
                "checklist title", "select title || ' ' || description from audit_template where id in (:checklists)");
        COLUMNS.put(
                "inspection note",
                "select note from audit_inspection_answer where audit_inspection in (:inspections) and note is not null");
        COLUMNS.put(
                "inspection finding's action",
                "select a.title || ' ' || coalesce(a.completion_note, '') from corrective_action a"
                        + " where a.source_id in (:inspections)");
        COLUMNS.put(
                "contractor status reason",
                "select status_reason from organisation where id in (:organisations) and kind = 'CONTRACTOR'"
                        + " and status_reason is not null");
        COLUMNS.put("contractor type", "select name from contractor_policy where id in (:contractorTypes)");
        COLUMNS.put(
                "contractor type's required document",
                "select name from contractor_policy_document where contractor_policy in (:contractorTypes)");
        COLUMNS.put(
                "contractor document title",
                "select title from contractor_document where id in (:contractorDocuments)");
        COLUMNS.put("engagement scope", "select description from contractor_engagement where id in (:engagements)");
        COLUMNS.put("meeting place", "select place from meeting_record where id in (:meetings) and place is not null");
        COLUMNS.put(
                "meeting item's note",
                "select note from meeting_item where meeting_record in (:meetings) and note is not null");
        COLUMNS.put(
                "meeting item the mentor added",
                "select title from meeting_item where meeting_record in (:meetings) and source = 'ADDED'");
        COLUMNS.put("meeting decision", "select text from meeting_decision where meeting_record in (:meetings)");
        COLUMNS.put(
                "meeting decision's action note",
                "select completion_note from corrective_action where id in (:decisions) and completion_note is not null");
        COLUMNS.put(
                "demo's steps in the history",
                "select distinct changed_by_name from history_entry where record_id in (:events)"
                        + " and changed_by_name <> '' and changed_by_name not in (select full_name from person)");
    }

    private DemoWrittenTexts() {}

    /** The texts of each column, by a name saying what they are. */
    static Map<String, List<String>> read(JdbcClient jdbc) {
        var texts = new LinkedHashMap<String, List<String>>();
        COLUMNS.forEach((what, sql) -> texts.put(
                what,
                jdbc.sql(sql)
                        .param("sites", ids("site", 10))
                        .param("areas", ids("area", 50))
                        .param("organisations", ids("organisation", 50))
                        .param("people", ids("person", 1000))
                        .param("equipment", ids("equipment", 200))
                        .param("tags", ids("signal-tag", 20))
                        .param("events", ids("event", 2000))
                        .param("actions", ids("action", 2000))
                        .param("risks", ids("risk", 1000))
                        .param("riskActions", ids("risk-action", 1000))
                        .param("investigations", ids("investigation", 10))
                        .param("lessons", ids("lesson", 10))
                        .param("checklists", ids("checklist", 5))
                        .param("inspections", ids("inspection", 1000))
                        .param("contractorTypes", ids("contractor-type", 1000))
                        .param("contractorDocuments", ids("contractor-document", 1000))
                        .param("engagements", ids("contractor-engagement", 1000))
                        .param("meetings", ids("meeting", 1000))
                        .param("decisions", ids("meeting-decision", 1000))
                        .query(String.class)
                        .list()));
        return texts;
    }

    private static List<UUID> ids(String kind, int count) {
        return IntStream.range(0, count).mapToObj(n -> DemoRun.id(kind, n)).toList();
    }
}
