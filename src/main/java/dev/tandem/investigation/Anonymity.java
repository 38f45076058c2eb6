package dev.tandem.investigation;

import dev.tandem.shared.InvalidRequestException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps names out of a lesson card: a part of a card that names a person of the investigation (a word of their name
 * written with its capital, a Russian name in any of its cases) is refused, naming the part and the name.
 */
final class Anonymity {

    /** Words of a name shorter than this (initials, particles) tell nothing on their own. */
    private static final int SHORTEST_WORD = 3;

    private Anonymity() {}

    /** Refuses the text when one of its parts names one of the people. */
    static void require(LessonText text, Collection<String> names) {
        var patterns = names.stream()
                .flatMap(name -> List.of(name.split("[^\\p{L}'-]+")).stream())
                .filter(word -> word.codePointCount(0, word.length()) >= SHORTEST_WORD)
                .distinct()
                .map(Anonymity::pattern)
                .toList();
        var parts =
                Map.of("happened", text.happened(), "why", text.why(), "learned", text.learned(), "did", text.did());
        for (var field : List.of("happened", "why", "learned", "did")) {
            for (var pattern : patterns) {
                var found = pattern.matcher(parts.get(field));
                if (found.find()) {
                    throw new InvalidRequestException(field, "lesson.rule.namesPerson", found.group());
                }
            }
        }
    }

    /**
     * The word as a whole word starting with its capital, the rest in any case, and up to two more letters (Russian
     * names decline: Иванов, Иванова, Ивановым).
     */
    private static Pattern pattern(String word) {
        var first = word.substring(0, word.offsetByCodePoints(0, 1));
        var rest = word.substring(first.length());
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(first.toUpperCase(java.util.Locale.ROOT)) + "(?iu:"
                + Pattern.quote(rest) + ")\\p{L}{0,2}(?![\\p{L}])");
    }
}
