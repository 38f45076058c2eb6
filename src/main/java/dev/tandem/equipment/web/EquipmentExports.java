package dev.tandem.equipment.web;

import dev.tandem.equipment.DowntimeFilter;
import dev.tandem.equipment.Downtimes;
import dev.tandem.equipment.Equipment;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.dispatch.DispatchQueries;
import dev.tandem.equipment.dispatch.StateChange;
import dev.tandem.equipment.listing.EquipmentFilter;
import dev.tandem.equipment.listing.EquipmentQueries;
import dev.tandem.equipment.listing.EquipmentQueries.EquipmentRow;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.organisation.SiteTimes;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Spreadsheets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The registry and a machine's timeline as workbooks or CSV files, for pages and the API alike. A timeline is
 * written in the upload's own columns, so an export can be corrected and uploaded again.
 */
@Component
class EquipmentExports {

    private static final List<String> REGISTRY = List.of(
            "equipment.site",
            "equipment.area",
            "equipment.code",
            "equipment.name",
            "equipment.type",
            "equipment.criticality",
            "equipment.state",
            "equipment.since",
            "equipment.reason",
            "record.voidedColumn");

    private static final List<String> TIMELINE = List.of(
            "equipment.column.site",
            "equipment.column.equipment",
            "equipment.column.at",
            "equipment.column.state",
            "equipment.column.reason",
            "equipment.column.note");

    private static final List<String> DOWNTIMES = List.of(
            "equipment.site",
            "equipment.code",
            "equipment.name",
            "equipment.started",
            "equipment.ended",
            "equipment.durationHours",
            "equipment.reason",
            "equipment.planned",
            "equipment.note");

    private final EquipmentQueries queries;
    private final DispatchQueries dispatch;
    private final Downtimes downtimes;
    private final EquipmentRegistry registry;
    private final PlantStructure plant;
    private final Spreadsheets spreadsheets;

    EquipmentExports(
            EquipmentQueries queries,
            DispatchQueries dispatch,
            Downtimes downtimes,
            EquipmentRegistry registry,
            PlantStructure plant,
            Spreadsheets spreadsheets) {
        this.queries = queries;
        this.dispatch = dispatch;
        this.downtimes = downtimes;
        this.registry = registry;
        this.plant = plant;
        this.spreadsheets = spreadsheets;
    }

    ResponseEntity<StreamingResponseBody> registry(
            String format, EquipmentFilter filter, Paging paging, Viewer viewer) {
        var rows =
                queries.equipment(filter, Paging.export(paging.sort()), viewer).items();
        var times = plant.siteTimes();
        return spreadsheets.export(format, "equipment", REGISTRY, rows, row -> cells(row, times));
    }

    /** The changes of one machine from {@code from} up to {@code to}, oldest first, in the site's local time. */
    ResponseEntity<StreamingResponseBody> timeline(
            String format, Equipment equipment, Instant from, Instant to, Viewer viewer) {
        var zone = registry.zone(equipment);
        var site = plant.site(equipment.siteId()).code();
        var changes = dispatch.timeline(equipment.id(), from, to, false, Paging.export("at"), viewer)
                .items();
        return spreadsheets.export(
                format,
                "dispatch-" + equipment.code(),
                TIMELINE,
                changes,
                change -> timelineCells(change, site, equipment.code(), zone));
    }

    /** Downtimes as the list shows them, on each site's clock; open ones with their duration until now. */
    ResponseEntity<StreamingResponseBody> downtimes(
            String format, DowntimeFilter filter, Paging paging, Viewer viewer) {
        var rows = downtimes
                .downtimes(filter, Paging.export(paging.sort()), viewer)
                .items();
        var times = plant.siteTimes();
        var sites = new HashMap<UUID, String>();
        return spreadsheets.export(
                format,
                "downtimes",
                DOWNTIMES,
                rows,
                downtime -> Arrays.asList(
                        sites.computeIfAbsent(
                                downtime.siteId(), id -> plant.site(id).code()),
                        downtime.equipmentCode(),
                        downtime.equipmentName(),
                        times.local(downtime.startedAt(), downtime.siteId()),
                        times.local(downtime.endedAt(), downtime.siteId()),
                        BigDecimal.valueOf(downtime.durationSeconds())
                                .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP),
                        label("equipment.reason." + downtime.reason()),
                        downtime.planned(),
                        downtime.note()));
    }

    private static List<?> cells(EquipmentRow row, SiteTimes times) {
        return Arrays.asList(
                row.siteName(),
                row.areaName(),
                row.code(),
                row.name(),
                label("equipment.type." + row.type()),
                label("equipment.criticality." + row.criticality()),
                row.state() == null ? null : label("equipment.state." + row.state()),
                times.local(row.stateSince(), row.siteId()),
                row.stateReason() == null ? null : label("equipment.reason." + row.stateReason()),
                row.voided());
    }

    private static List<?> timelineCells(StateChange change, String site, String code, ZoneId zone) {
        return Arrays.asList(
                site,
                code,
                LocalDateTime.ofInstant(change.at(), zone),
                label("equipment.state." + change.state()),
                change.reason() == null ? null : label("equipment.reason." + change.reason()),
                change.note());
    }

    private static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(code);
    }
}
