package dev.tandem.stopwork;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.risk.RiskRegister;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Pictures.Picture;
import dev.tandem.stopwork.access.StopWorkAccess;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raising and answering stops. Anyone signed in raises one, own staff and contractors' people alike, and a stop sent
 * again under the same id (a phone that lost its answer) is stored once. The area's line manager and the site's
 * safety department acknowledge it, remove its cause or compensate for it, and resume the work with a written
 * justification, or judge the stop unnecessary with an explanation.
 */
@Service
@Transactional
public class StopWorkControl {

    private final StopWorks stops;
    private final AuditedRecords<StopWork> records;
    private final History history;
    private final StopWorkPlant plant;
    private final StopWorkPhotos photos;
    private final RiskRegister risks;

    StopWorkControl(StopWorks stops, History history, StopWorkPlant plant, StopWorkPhotos photos, RiskRegister risks) {
        this.stops = stops;
        this.records = history.auditing(stops, StopWorkAccess::canRead);
        this.history = history;
        this.plant = plant;
        this.photos = photos;
        this.risks = risks;
    }

    /**
     * Stores a stop with its optional photo; a stop whose id is stored already is returned as it is (to a viewer who
     * may read it), so a repeated submission adds neither a stop nor a photo. A photo refused undoes the whole stop.
     */
    public Created<StopWork> raise(RaiseStopWork raise, byte[] photo, Viewer viewer) {
        var created = records.create(raise.id(), CreateRule.checkedBefore(), id -> raised(id, raise, viewer), viewer);
        if (created.isNew() && photo != null) {
            photos.add(created.record().id(), photo, viewer, created.record().receivedAt());
        }
        return created;
    }

    private StopWork raised(UUID id, RaiseStopWork raise, Viewer viewer) {
        var now = plant.now();
        return StopWork.raised(
                id,
                raise,
                plant.place(raise, viewer),
                plant.initiator(viewer),
                plant.raisedAt(raise.raisedAt(), now),
                now);
    }

    /** A stop the viewer may read. */
    @Transactional(readOnly = true)
    public StopWork stop(UUID id, Viewer viewer) {
        return findStop(id, viewer).orElseThrow(() -> new NotFoundException("StopWork", id));
    }

    /**
     * A stop the viewer may read, if there is one: for a caller in a transaction of its own, which a "not found"
     * thrown through this transactional method would mark for rollback.
     */
    @Transactional(readOnly = true)
    public Optional<StopWork> findStop(UUID id, Viewer viewer) {
        return stops.findById(id).filter(stop -> StopWorkAccess.canRead(viewer, stop));
    }

    /**
     * The latest stops raised since the instant, of an organisation's work or of everyone's on a site (whichever is
     * given), as the viewer may read them, latest first: what a meeting with the organisation, or the site's safety
     * committee, goes through.
     */
    @Transactional(readOnly = true)
    public List<StopWork> stopsSince(
            UUID siteId, UUID organisationId, java.time.Instant since, int limit, Viewer viewer) {
        return stops.findSince(siteId, organisationId, since, limit).stream()
                .filter(stop -> StopWorkAccess.canRead(viewer, stop))
                .toList();
    }

    /** Whether the viewer may read the stop, for deciding on somebody's behalf who is not looking (whom to tell). */
    public boolean canRead(Viewer viewer, StopWork stop) {
        return StopWorkAccess.canRead(viewer, stop);
    }

    /** Whether the viewer answers the stop: its area's line manager or its site's safety department. */
    @Transactional(readOnly = true)
    public boolean canRespond(StopWork stop, Viewer viewer) {
        return StopWorkAccess.canRespond(viewer, stop, plant.areaManager(stop));
    }

    public StopWork acknowledge(UUID id, Precondition precondition, Viewer viewer) {
        return answer(id, precondition, viewer, (stop, now) -> stop.acknowledge(viewer.personId(), now));
    }

    public StopWork resolve(UUID id, Precondition precondition, String note, Viewer viewer) {
        return answer(id, precondition, viewer, (stop, now) -> stop.resolve(note, viewer.personId(), now));
    }

    /** Compensating measures, linked to a risk of the register the viewer reads when one is named. */
    public StopWork compensate(UUID id, Precondition precondition, String measures, UUID riskId, Viewer viewer) {
        return answer(id, precondition, viewer, (stop, now) -> {
            requireRisk(riskId, viewer);
            stop.compensate(measures, riskId, viewer.personId(), now);
        });
    }

    /** Links the risk entered for a compensated stop's measures. */
    public StopWork linkRisk(UUID id, Precondition precondition, UUID riskId, Viewer viewer) {
        return answer(id, precondition, viewer, (stop, now) -> {
            if (riskId == null) {
                throw new InvalidRequestException("riskId", "rule.noSuchRisk");
            }
            requireRisk(riskId, viewer);
            stop.linkRisk(riskId);
        });
    }

    public StopWork resume(UUID id, Precondition precondition, String justification, Viewer viewer) {
        return answer(id, precondition, viewer, (stop, now) -> stop.resume(justification, viewer.personId(), now));
    }

    public StopWork judgeUnnecessary(UUID id, Precondition precondition, String explanation, Viewer viewer) {
        return answer(
                id, precondition, viewer, (stop, now) -> stop.judgeUnnecessary(explanation, viewer.personId(), now));
    }

    /** Only the safety department voids a stop (one raised by mistake, twice), with a reason. */
    public StopWork voidStop(UUID id, String reason, Viewer viewer) {
        var stop = stop(id, viewer);
        if (!StopWorkAccess.canVoid(viewer)) {
            throw new AccessDeniedException("voiding stops");
        }
        return records.voidRecord(stop, reason, viewer);
    }

    /** A step on the stop, by whoever may answer it: who may is checked before anything the step was sent with. */
    private StopWork answer(
            UUID id, Precondition precondition, Viewer viewer, BiConsumer<StopWork, java.time.Instant> step) {
        var stop = stop(id, viewer);
        if (!canRespond(stop, viewer)) {
            throw new AccessDeniedException("answering stops in this area");
        }
        var now = plant.now();
        return records.change(stop, precondition, changed -> step.accept(changed, now), viewer);
    }

    private void requireRisk(UUID riskId, Viewer viewer) {
        if (riskId != null && risks.findRisk(riskId, viewer).isEmpty()) {
            throw new InvalidRequestException("riskId", "rule.noSuchRisk");
        }
    }

    /**
     * The name of the person who raised the stop, for those allowed to know: the safety department, the responding
     * manager, and the initiator.
     */
    @Transactional(readOnly = true)
    public Optional<String> initiatorName(StopWork stop, Viewer viewer) {
        if (!StopWorkAccess.mayKnowInitiator(viewer, stop, plant.areaManager(stop))) {
            return Optional.empty();
        }
        return plant.personName(stop.initiatorPersonId());
    }

    /** The stop's history; to a reader who may not know the initiator, the initiator's changes name nobody. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(StopWork stop, Viewer viewer) {
        var entries = history.of(stop);
        if (StopWorkAccess.mayKnowInitiator(viewer, stop, plant.areaManager(stop))) {
            return entries;
        }
        return entries.stream()
                .map(entry -> entry.madeBy(stop.initiatorUserId()) ? entry.withoutAuthor() : entry)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<UUID> photos(UUID stopId, Viewer viewer) {
        return photos.of(stop(stopId, viewer).id());
    }

    @Transactional(readOnly = true)
    public Picture photo(UUID stopId, UUID photoId, Viewer viewer) {
        return photos.find(stop(stopId, viewer).id(), photoId)
                .orElseThrow(() -> new NotFoundException("Photo", photoId));
    }
}
