package dev.tandem.demo;

import dev.tandem.audit.Choice;
import dev.tandem.audit.ConditionExpressions;
import dev.tandem.audit.DefineTemplate;
import dev.tandem.audit.Question;
import dev.tandem.audit.QuestionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo plant's checklists as {@code demo/checklists.json} writes them: each question in both languages as the
 * audit module defines it, and how the plant's people answer it when it passes and when it fails. The title and
 * description are in the enterprise's language; questions, sections and answers keep both.
 */
final class DemoChecklists {

    static final String RESOURCE = "demo/checklists.json";

    /** The file as written. */
    record Catalogue(String comment, List<String> notes, List<String> done, List<Sheet> checklists) {}

    /**
     * One checklist.
     *
     * @param revision the questions its second version adds, half a year in
     */
    record Sheet(String key, List<String> title, List<String> description, List<Item> questions, List<Item> revision) {

        DefineTemplate definition(boolean russian, boolean revised) {
            var all = new ArrayList<Question>();
            questions.forEach(item -> all.add(item.question()));
            if (revised && revision != null) {
                revision.forEach(item -> all.add(item.question()));
            }
            int language = russian ? 1 : 0;
            return new DefineTemplate(title.get(language), description.get(language), null, all);
        }

        List<Item> asked(boolean revised) {
            if (!revised || revision == null) {
                return questions;
            }
            var all = new ArrayList<>(questions);
            all.addAll(revision);
            return all;
        }
    }

    /**
     * A question, and how it is answered: a number within {@code usual} when it passes and within {@code failing}
     * when it fails (none: it never fails), a list's {@code bad} choice when it fails.
     *
     * @param choices each as value, English label, Russian label, score
     */
    record Item(
            String name,
            QuestionType type,
            List<String> section,
            List<String> label,
            boolean required,
            BigDecimal weight,
            BigDecimal min,
            BigDecimal max,
            List<List<Object>> choices,
            String show,
            String note,
            String action,
            String bad,
            List<BigDecimal> usual,
            List<BigDecimal> failing,
            List<String> texts) {

        Question question() {
            var field = "checklists." + name + ".";
            return new Question(
                    name,
                    type,
                    section.get(0),
                    section.get(1),
                    label.get(0),
                    label.get(1),
                    required,
                    min,
                    max,
                    weight,
                    choices == null
                            ? null
                            : choices.stream()
                                    .map(choice -> new Choice(
                                            (String) choice.get(0),
                                            (String) choice.get(1),
                                            (String) choice.get(2),
                                            new BigDecimal(String.valueOf(choice.get(3)))))
                                    .toList(),
                    ConditionExpressions.parse(show, field + "show"),
                    ConditionExpressions.parse(note, field + "note"),
                    null,
                    ConditionExpressions.parse(action, field + "action"));
        }

        /** Whether the question can be answered so that it fails. */
        boolean canFail() {
            return switch (type) {
                case YES_NO -> true;
                case CHOICE -> bad != null;
                case NUMBER -> failing != null;
                default -> false;
            };
        }

        /** The answer someone gives; null for a text left blank. */
        String answer(boolean fails, boolean russian, Random random) {
            return switch (type) {
                case YES_NO -> fails ? "no" : "yes";
                case CHOICE ->
                    fails
                            ? bad
                            : (String) choices.get(random.nextDouble() < 0.08 ? 1 : 0)
                                    .get(0);
                case NUMBER -> within(fails ? failing : usual, random);
                case TEXT -> texts != null && random.nextBoolean() ? texts.get(russian ? 1 : 0) : null;
                default -> null;
            };
        }

        private static String within(List<BigDecimal> range, Random random) {
            var low = range.get(0);
            var spread = range.get(1).subtract(low);
            return low.add(spread.multiply(BigDecimal.valueOf(random.nextDouble())))
                    .setScale(1, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
        }
    }

    private final Map<String, Sheet> sheets;
    private final List<String> notes;
    private final List<String> done;

    private DemoChecklists(Catalogue catalogue) {
        this.sheets = catalogue.checklists().stream()
                .collect(Collectors.toMap(Sheet::key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        this.notes = catalogue.notes();
        this.done = catalogue.done();
    }

    static DemoChecklists read() {
        try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new DemoChecklists(JsonMapper.shared().readValue(in, Catalogue.class));
        } catch (IOException failure) {
            throw new UncheckedIOException("The demo plant's checklists are missing: " + RESOURCE, failure);
        }
    }

    List<Sheet> sheets() {
        return List.copyOf(sheets.values());
    }

    Sheet sheet(String key) {
        var sheet = sheets.get(key);
        if (sheet == null) {
            throw new IllegalStateException("No demo checklist " + key + " in " + RESOURCE);
        }
        return sheet;
    }

    /** A note written beside a failed answer, in the enterprise's language. */
    String note(boolean russian, Random random) {
        return either(notes, russian, random);
    }

    /** What was done about a finding, as its action's owner reports it done. */
    String done(boolean russian, Random random) {
        return either(done, russian, random);
    }

    private static String either(List<String> texts, boolean russian, Random random) {
        int half = texts.size() / 2;
        return texts.get((russian ? half : 0) + random.nextInt(half));
    }
}
