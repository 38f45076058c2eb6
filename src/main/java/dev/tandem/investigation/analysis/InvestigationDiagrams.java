package dev.tandem.investigation.analysis;

import dev.tandem.investigation.ChartCause;
import dev.tandem.investigation.Investigation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An investigation's diagrams in the reader's language, drawn as SVG by {@link Diagrams}: each chain of 5 Whys, the
 * fishbone with its categories by name, and the cause chart from the investigated problem (its title) down.
 */
@Component
public class InvestigationDiagrams {

    /** The most boxes a chart draws: a cause with several effects is drawn under each of them. */
    private static final int MOST_BOXES = 200;

    private final MessageSource messages;

    InvestigationDiagrams(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> whys(Investigation investigation, Locale locale) {
        var why = messages.getMessage("investigation.whys.why", null, locale);
        return investigation.methods().whyChains().stream()
                .map(chain -> Diagrams.whys(chain.problem(), chain.whys(), why))
                .toList();
    }

    public String fishbone(Investigation investigation, Locale locale) {
        var causes = new LinkedHashMap<String, List<String>>();
        var names = new ArrayList<String>();
        for (var category : investigation.methods().fishboneCategories()) {
            var name = category(category, locale);
            names.add(name);
            causes.put(name, new ArrayList<>());
        }
        for (var cause : investigation.methods().fishboneCauses()) {
            causes.computeIfAbsent(category(cause.category(), locale), name -> new ArrayList<>())
                    .add(cause.cause());
        }
        return Diagrams.fishbone(investigation.title(), names, causes);
    }

    public String chart(Investigation investigation) {
        var budget = new int[] {MOST_BOXES};
        return Diagrams.chart(new Diagrams.Node(investigation.title(), true, causesOf(null, investigation, budget)));
    }

    /** A fishbone category by its name in the reader's language, or as the team named it. */
    public String category(String category, Locale locale) {
        return FishboneCategory.isCode(category)
                ? messages.getMessage("investigation.category." + category, null, category, locale)
                : category;
    }

    private List<Diagrams.Node> causesOf(UUID effectId, Investigation investigation, int[] budget) {
        var byId = new LinkedHashMap<UUID, ChartCause>();
        investigation.methods().chartCauses().forEach(cause -> byId.put(cause.id(), cause));
        var nodes = new ArrayList<Diagrams.Node>();
        for (var link : investigation.methods().chartLinks()) {
            var effect = link.effectId();
            var cause = byId.get(link.causeId());
            if (cause != null && (effect == null ? effectId == null : effect.equals(effectId)) && budget[0]-- > 0) {
                nodes.add(new Diagrams.Node(
                        cause.cause(), cause.verified(), causesOf(cause.id(), investigation, budget)));
            }
        }
        return nodes;
    }
}
