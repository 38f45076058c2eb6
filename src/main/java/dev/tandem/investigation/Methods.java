package dev.tandem.investigation;

import dev.tandem.shared.InvalidRequestException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The methods of an investigation as they stand, several if wanted: chains of 5 Whys, the fishbone's categories and
 * causes, the cause chart (its causes and the arrows between them, never in a loop) and the root causes found, each
 * in its class. Each step answers the methods with one more item, or refuses naming its field; the investigation
 * takes a step only while it is open.
 */
public record Methods(
        List<WhyChain> whyChains,
        List<String> fishboneCategories,
        List<FishboneCause> fishboneCauses,
        List<ChartCause> chartCauses,
        List<ChartLink> chartLinks,
        List<RootCause> rootCauses) {

    /** The most categories a fishbone has, and the longest name one may have. */
    static final int MOST_CATEGORIES = 12;

    static final int CATEGORY_LENGTH = 60;

    /** The most answers a chain of 5 Whys holds. */
    static final int MOST_WHYS = 10;

    public Methods {
        whyChains = List.copyOf(whyChains);
        fishboneCategories = List.copyOf(fishboneCategories);
        fishboneCauses = List.copyOf(fishboneCauses);
        chartCauses = List.copyOf(chartCauses);
        chartLinks = List.copyOf(chartLinks);
        rootCauses = List.copyOf(rootCauses);
    }

    /** A chain of 5 Whys: the problem and the answers so far (at least one, at most ten). */
    Methods withWhyChain(UUID chainId, String problem, List<String> whys) {
        var answers = texts(whys);
        if (answers.isEmpty() || answers.size() > MOST_WHYS) {
            throw new InvalidRequestException("whys", "investigation.rule.whysRequired");
        }
        var chain = new WhyChain(chainId, required(problem, "problem", "investigation.rule.problemRequired"), answers);
        return new Methods(
                plus(whyChains, chain), fishboneCategories, fishboneCauses, chartCauses, chartLinks, rootCauses);
    }

    /**
     * The categories of the fishbone as the team names them: at least one, each once and not too long, and every one
     * that holds a cause still there.
     */
    Methods withCategories(List<String> named) {
        var categories = texts(named).stream().distinct().toList();
        if (categories.isEmpty()
                || categories.size() > MOST_CATEGORIES
                || categories.stream().anyMatch(category -> category.length() > CATEGORY_LENGTH)) {
            throw new InvalidRequestException(
                    "categories", "investigation.rule.categories", MOST_CATEGORIES, CATEGORY_LENGTH);
        }
        for (var cause : fishboneCauses) {
            if (!categories.contains(cause.category())) {
                throw new InvalidRequestException("categories", "investigation.rule.categoryInUse", cause.category());
            }
        }
        return new Methods(whyChains, categories, fishboneCauses, chartCauses, chartLinks, rootCauses);
    }

    Methods withFishboneCause(UUID causeId, String category, String cause) {
        if (category == null || !fishboneCategories.contains(category)) {
            throw new InvalidRequestException("category", "investigation.rule.noSuchCategory");
        }
        var added = new FishboneCause(causeId, category, required(cause, "cause", "investigation.rule.causeRequired"));
        return new Methods(
                whyChains, fishboneCategories, plus(fishboneCauses, added), chartCauses, chartLinks, rootCauses);
    }

    /**
     * A cause on the chart, of the effect named (a cause already on it, or the problem when null), with its evidence or
     * none.
     */
    Methods withChartCause(UUID causeId, String cause, UUID effectId, String evidence) {
        var text = required(cause, "cause", "investigation.rule.causeRequired");
        requireCause(effectId, "effectId");
        return new Methods(
                whyChains,
                fishboneCategories,
                fishboneCauses,
                plus(chartCauses, new ChartCause(causeId, text, optional(evidence))),
                plus(chartLinks, new ChartLink(causeId, effectId)),
                rootCauses);
    }

    /** One more effect of a cause already on the chart; an arrow that would close a loop is refused. */
    Methods withLink(UUID causeId, UUID effectId) {
        requireCause(causeId, "causeId");
        requireCause(effectId, "effectId");
        requireAcyclic(causeId, effectId);
        return new Methods(
                whyChains,
                fishboneCategories,
                fishboneCauses,
                chartCauses,
                plus(chartLinks, new ChartLink(causeId, effectId)),
                rootCauses);
    }

    /** The evidence found for a cause on the chart (none again marks it unverified). */
    Methods withEvidence(UUID causeId, String evidence) {
        requireCause(causeId, "causeId");
        var causes = chartCauses.stream()
                .map(cause -> cause.id().equals(causeId)
                        ? new ChartCause(cause.id(), cause.cause(), optional(evidence))
                        : cause)
                .toList();
        return new Methods(whyChains, fishboneCategories, fishboneCauses, causes, chartLinks, rootCauses);
    }

    /** A root cause, with its class. */
    Methods withRootCause(UUID rootCauseId, String cause, RootCauseClass rootClass) {
        var text = required(cause, "cause", "investigation.rule.rootCauseRequired");
        if (rootClass == null) {
            throw new InvalidRequestException("rootClass", "investigation.rule.rootClassRequired");
        }
        return new Methods(
                whyChains,
                fishboneCategories,
                fishboneCauses,
                chartCauses,
                chartLinks,
                plus(rootCauses, new RootCause(rootCauseId, text, rootClass)));
    }

    static String required(String text, String field, String rule) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, rule);
        }
        return text.strip();
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The texts given, stripped, blank ones left out. */
    private static List<String> texts(List<String> texts) {
        return texts == null
                ? List.of()
                : texts.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(text -> !text.isEmpty())
                        .toList();
    }

    /** Null names the problem itself; any other id must be a cause on the chart. */
    private void requireCause(UUID id, String field) {
        if (id != null && chartCauses.stream().noneMatch(cause -> cause.id().equals(id))) {
            throw new InvalidRequestException(field, "investigation.rule.noSuchCause");
        }
    }

    /**
     * Refuses an arrow from the cause to the effect when the effect already leads, arrow by arrow, to the cause (or is
     * the cause): the chart would go round in a loop.
     */
    private void requireAcyclic(UUID causeId, UUID effectId) {
        if (causeId == null || effectId == null) {
            return;
        }
        var seen = new HashSet<UUID>();
        var next = new ArrayDeque<UUID>(List.of(effectId));
        while (!next.isEmpty()) {
            var node = next.pop();
            if (node.equals(causeId)) {
                throw new InvalidRequestException("effectId", "investigation.rule.causeLoop");
            }
            if (seen.add(node)) {
                chartLinks.stream()
                        .filter(link -> node.equals(link.causeId()) && link.effectId() != null)
                        .forEach(link -> next.push(link.effectId()));
            }
        }
    }

    /** The list with one more item, as a new list: what was read may not be changed in place. */
    private static <T> List<T> plus(List<T> items, T item) {
        var more = new ArrayList<>(items);
        more.add(item);
        return more;
    }
}
