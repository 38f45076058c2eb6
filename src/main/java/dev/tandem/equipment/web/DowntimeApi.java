package dev.tandem.equipment.web;

import dev.tandem.equipment.Downtime;
import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.Downtimes;
import dev.tandem.equipment.web.EquipmentViews.DowntimeQuery;
import dev.tandem.equipment.web.EquipmentViews.ReasonView;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downtimes across the plant, and the catalogue of reasons. A downtime's id stays the same as long as the change
 * that opened it does, so other records may refer to it. Days ({@code from}, {@code to}) are the enterprise's.
 */
@RestController
class DowntimeApi {

    private final Downtimes downtimes;
    private final PlantStructure plant;
    private final MessageSource messages;

    DowntimeApi(Downtimes downtimes, PlantStructure plant, MessageSource messages) {
        this.downtimes = downtimes;
        this.plant = plant;
        this.messages = messages;
    }

    /** Downtimes overlapping the days asked for, the latest first; sort by started, duration, equipment, reason. */
    @GetMapping("/api/v1/equipment/downtimes")
    Page<Downtime> list(DowntimeQuery query, Paging paging, Viewer viewer) {
        return downtimes.downtimes(query.filter(plant.enterprise().zone()), paging, viewer);
    }

    @GetMapping("/api/v1/equipment/downtimes/{id}")
    Downtime get(@PathVariable UUID id, Viewer viewer) {
        return downtimes.downtime(id, viewer);
    }

    /** Why a machine may be down or idle, and whether such a stop is planned (then it is no failure). */
    @GetMapping("/api/v1/equipment/reasons")
    List<ReasonView> reasons() {
        var locale = LocaleContextHolder.getLocale();
        return Arrays.stream(DowntimeReason.values())
                .map(reason -> new ReasonView(
                        reason, reason.planned(), messages.getMessage("equipment.reason." + reason, null, locale)))
                .toList();
    }
}
