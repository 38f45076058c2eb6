package dev.tandem.investigation;

import dev.tandem.shared.InvalidRequestException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The rules the methods' items keep, apart from the aggregate that holds them. */
final class Methods {

    /** The most categories a fishbone has, and the longest name one may have. */
    static final int MOST_CATEGORIES = 12;

    static final int CATEGORY_LENGTH = 60;

    private Methods() {}

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
    static List<String> texts(List<String> texts) {
        return texts == null
                ? List.of()
                : texts.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(text -> !text.isEmpty())
                        .toList();
    }

    /** The categories as named: at least one, each once and not too long, and every one that holds a cause still there. */
    static List<String> categories(List<String> named, List<FishboneCause> causes) {
        var categories = texts(named).stream().distinct().toList();
        if (categories.isEmpty()
                || categories.size() > MOST_CATEGORIES
                || categories.stream().anyMatch(category -> category.length() > CATEGORY_LENGTH)) {
            throw new InvalidRequestException(
                    "categories", "investigation.rule.categories", MOST_CATEGORIES, CATEGORY_LENGTH);
        }
        for (var cause : causes) {
            if (!categories.contains(cause.category())) {
                throw new InvalidRequestException("categories", "investigation.rule.categoryInUse", cause.category());
            }
        }
        return new ArrayList<>(categories);
    }

    /** Null names the problem itself; any other id must be a cause on the chart. */
    static void requireCause(List<ChartCause> causes, UUID id, String field) {
        if (id != null && causes.stream().noneMatch(cause -> cause.id().equals(id))) {
            throw new InvalidRequestException(field, "investigation.rule.noSuchCause");
        }
    }

    /**
     * Refuses an arrow from the cause to the effect when the effect already leads, arrow by arrow, to the cause (or is
     * the cause): the chart would go round in a loop.
     */
    static void requireAcyclic(List<ChartLink> links, UUID causeId, UUID effectId) {
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
                links.stream()
                        .filter(link -> node.equals(link.causeId()) && link.effectId() != null)
                        .forEach(link -> next.push(link.effectId()));
            }
        }
    }

    /** The list with one more item, as a new list: what was read may not be changed in place. */
    static <T> List<T> plus(List<T> items, T item) {
        var more = new ArrayList<>(items);
        more.add(item);
        return more;
    }
}
