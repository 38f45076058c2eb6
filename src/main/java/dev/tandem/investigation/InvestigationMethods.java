package dev.tandem.investigation;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.investigation.access.InvestigationAccess;
import dev.tandem.investigation.store.Investigations;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The methods of an open investigation, several if wanted: chains of 5 Whys, the fishbone, the cause chart (never in
 * a loop) and the root causes found, each in its class. Its leader, members and the safety department work on them;
 * every change is in the investigation's history.
 */
@Service
@Transactional
public class InvestigationMethods {

    private final Investigations investigations;
    private final AuditedRecords<Investigation> records;

    InvestigationMethods(Investigations investigations, History history) {
        this.investigations = investigations;
        this.records = history.auditing(investigations, InvestigationAccess::canRead);
    }

    public Investigation addWhyChain(UUID id, Precondition precondition, AddWhyChain chain, Viewer viewer) {
        return contribute(
                id,
                precondition,
                viewer,
                it -> it.analyse(methods -> methods.withWhyChain(UUID.randomUUID(), chain.problem(), chain.whys())));
    }

    public Investigation nameCategories(UUID id, Precondition precondition, List<String> categories, Viewer viewer) {
        return contribute(id, precondition, viewer, it -> it.analyse(methods -> methods.withCategories(categories)));
    }

    public Investigation addFishboneCause(UUID id, Precondition precondition, AddFishboneCause cause, Viewer viewer) {
        return contribute(
                id,
                precondition,
                viewer,
                it -> it.analyse(
                        methods -> methods.withFishboneCause(UUID.randomUUID(), cause.category(), cause.cause())));
    }

    public Investigation addChartCause(UUID id, Precondition precondition, AddChartCause cause, Viewer viewer) {
        return contribute(
                id,
                precondition,
                viewer,
                it -> it.analyse(methods ->
                        methods.withChartCause(UUID.randomUUID(), cause.cause(), cause.effectId(), cause.evidence())));
    }

    /** One more effect of a cause on the chart; an arrow that would close a loop is refused, and nothing changes. */
    public Investigation linkCause(UUID id, Precondition precondition, UUID causeId, UUID effectId, Viewer viewer) {
        return contribute(id, precondition, viewer, it -> it.analyse(methods -> methods.withLink(causeId, effectId)));
    }

    public Investigation giveEvidence(
            UUID id, Precondition precondition, UUID causeId, String evidence, Viewer viewer) {
        return contribute(
                id, precondition, viewer, it -> it.analyse(methods -> methods.withEvidence(causeId, evidence)));
    }

    public Investigation addRootCause(UUID id, Precondition precondition, AddRootCause cause, Viewer viewer) {
        return contribute(
                id,
                precondition,
                viewer,
                it -> it.analyse(
                        methods -> methods.withRootCause(UUID.randomUUID(), cause.cause(), cause.rootClass())));
    }

    private Investigation contribute(
            UUID id, Precondition precondition, Viewer viewer, Consumer<Investigation> change) {
        var investigation = investigations
                .findById(id)
                .filter(found -> InvestigationAccess.canRead(viewer, found))
                .orElseThrow(() -> new NotFoundException("Investigation", id));
        if (!InvestigationAccess.canContribute(viewer, investigation)) {
            throw new AccessDeniedException("working on this investigation");
        }
        return records.change(investigation, precondition, change, viewer);
    }
}
