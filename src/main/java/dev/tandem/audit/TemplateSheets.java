package dev.tandem.audit;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.RowError;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.imports.SheetCheck;
import dev.tandem.shared.imports.SheetFiles;
import dev.tandem.shared.imports.SheetHeader;
import dev.tandem.shared.imports.SheetTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * A checklist's questions as a spreadsheet, one row per question (type, name, labels, answers with their scores,
 * required, limits, weight, conditions written as {@code ${latches} = 'no'}), read and written the same way so that a
 * file exported is imported unchanged. A file is read whole and every wrong cell named: its row, its column and why.
 */
@Component
public class TemplateSheets {

    /** More questions than a checklist may hold are refused with the first row past them. */
    static final int MAX_QUESTIONS = 500;

    private static final Pattern FIELD = Pattern.compile("questions\\[(\\d+)](?:\\.(\\w+))?");

    private final Checklists checklists;
    private final MessageSource messages;

    TemplateSheets(Checklists checklists, MessageSource messages) {
        this.checklists = checklists;
        this.messages = messages;
    }

    /** The questions of a file, or every wrong cell of it. */
    record Read(List<Question> questions, List<RowError> errors) {}

    /**
     * Replaces the draft's questions with an uploaded file's (xlsx or CSV), all of them or none: the template as
     * revised, or every wrong cell. Who may not change the template is refused before the file is read.
     *
     * @throws InvalidRequestException (field {@code file}) when the file is missing or cannot be read at all
     */
    public Imported importQuestions(UUID id, Precondition precondition, MultipartFile upload, Viewer viewer) {
        var template = checklists.changeable(id, viewer);
        var titlePage = new DefineTemplate(template.title(), template.description(), template.siteId(), List.of());
        var file = SheetFiles.store(upload);
        try {
            var read = read(file, titlePage);
            if (!read.errors().isEmpty()) {
                return new Imported(null, read.errors());
            }
            var definition = new DefineTemplate(
                    titlePage.title(), titlePage.description(), titlePage.siteId(), read.questions());
            return new Imported(checklists.revise(id, precondition, definition, viewer), List.of());
        } finally {
            SheetFiles.delete(file);
        }
    }

    /** What an import did: the template revised, or (when null) nothing, with every wrong cell. */
    public record Imported(ChecklistTemplate template, List<RowError> errors) {}

    /** The draft's questions (or a published version's, when {@code version} is given) as a spreadsheet. */
    public void export(UUID id, Integer version, Locale locale, OutputStream out, Viewer viewer) throws IOException {
        var questions = version == null
                ? checklists.template(id, viewer).questions()
                : checklists.version(id, version, viewer).questions();
        write(questions, locale, out);
    }

    /**
     * @throws InvalidRequestException (field {@code file}) when the file cannot be read, its header names unknown
     *     columns or it holds no rows
     */
    Read read(Path file, DefineTemplate titlePage) {
        var check = new SheetCheck<QuestionColumn>(MAX_QUESTIONS);
        var header = new SheetHeader<>(
                QuestionColumn.class,
                Set.of(QuestionColumn.TYPE, QuestionColumn.NAME, QuestionColumn.LABEL_EN, QuestionColumn.LABEL_RU),
                messages);
        var questions = new ArrayList<Question>();
        var rows = new ArrayList<Integer>();
        SheetFiles.read(file, SheetFiles.Formats.XLSX_OR_CSV, (row, cells) -> {
            var named = header.cells(row, cells);
            var line = named == null ? null : check.begin(row, named, QuestionColumn.NAME);
            if (line != null) {
                var question = question(line);
                if (!line.wrong()) {
                    questions.add(question);
                    rows.add(row);
                }
            }
        });
        if (!header.read() || check.empty()) {
            throw new InvalidRequestException("file", "upload.empty");
        }
        if (check.errors().isEmpty()) {
            var definition =
                    new DefineTemplate(titlePage.title(), titlePage.description(), titlePage.siteId(), questions);
            for (var problem : definition.problems()) {
                var field = FIELD.matcher(problem.field());
                if (field.matches()) {
                    var column = QuestionColumn.ofField(field.group(2));
                    check.reject(
                            rows.get(Integer.parseInt(field.group(1))),
                            column,
                            problem.messageCode(),
                            problem.arguments());
                }
            }
        }
        return new Read(check.errors().isEmpty() ? questions : List.of(), check.errors());
    }

    private Question question(SheetCheck<QuestionColumn>.Row line) {
        var type = type(line);
        var choices = line.cell(QuestionColumn.CHOICES);
        List<Choice> parsedChoices = List.of();
        try {
            parsedChoices = ChoiceLines.parse(choices, QuestionColumn.CHOICES.key());
        } catch (InvalidRequestException wrong) {
            line.reject(QuestionColumn.CHOICES, wrong.messageCode(), wrong.arguments());
        }
        return new Question(
                line.text(QuestionColumn.NAME, true, 64),
                type,
                line.text(QuestionColumn.SECTION_EN, false, 200),
                line.text(QuestionColumn.SECTION_RU, false, 200),
                line.text(QuestionColumn.LABEL_EN, true, 500),
                line.text(QuestionColumn.LABEL_RU, true, 500),
                line.yesNo(QuestionColumn.REQUIRED),
                number(line, QuestionColumn.MINIMUM),
                number(line, QuestionColumn.MAXIMUM),
                number(line, QuestionColumn.WEIGHT),
                parsedChoices,
                condition(line, QuestionColumn.SHOW_WHEN),
                condition(line, QuestionColumn.REQUIRE_NOTE_WHEN),
                condition(line, QuestionColumn.REQUIRE_PHOTO_WHEN),
                condition(line, QuestionColumn.REQUIRE_ACTION_WHEN));
    }

    private static QuestionType type(SheetCheck<QuestionColumn>.Row line) {
        var text = line.text(QuestionColumn.TYPE, true, 40);
        if (text == null) {
            return null;
        }
        var name = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(QuestionType.values())
                .filter(type -> type.name().equals(name))
                .findFirst()
                .orElseGet(() -> {
                    line.reject(QuestionColumn.TYPE, "rule.audit.unknownType", text, typeNames());
                    return null;
                });
    }

    private static BigDecimal number(SheetCheck<QuestionColumn>.Row line, QuestionColumn column) {
        var text = line.text(column, false, 40);
        if (text == null) {
            return null;
        }
        try {
            var number = new BigDecimal(text.replace(',', '.').replace(" ", ""));
            if (column == QuestionColumn.WEIGHT && number.signum() < 0) {
                line.reject(column, "rule.audit.negativeWeight");
            }
            return number;
        } catch (NumberFormatException notANumber) {
            line.reject(column, "rule.audit.notANumber", text);
            return null;
        }
    }

    private static JsonNode condition(SheetCheck<QuestionColumn>.Row line, QuestionColumn column) {
        try {
            return ConditionExpressions.parse(line.text(column, false, 4000), column.key());
        } catch (InvalidRequestException wrong) {
            line.reject(column, wrong.messageCode(), wrong.arguments());
            return null;
        }
    }

    private static String typeNames() {
        return String.join(
                ", ",
                Arrays.stream(QuestionType.values())
                        .map(type -> type.name().toLowerCase(Locale.ROOT))
                        .toList());
    }

    /** Writes the questions, one row each, under headers in the reader's language; empty for a blank form to fill. */
    private void write(List<Question> questions, Locale locale, OutputStream out) throws IOException {
        var rows = new ArrayList<Map<QuestionColumn, String>>();
        for (var question : questions) {
            var row = new EnumMap<QuestionColumn, String>(QuestionColumn.class);
            row.put(QuestionColumn.SECTION_EN, question.sectionEn());
            row.put(QuestionColumn.SECTION_RU, question.sectionRu());
            row.put(QuestionColumn.TYPE, question.type().name().toLowerCase(Locale.ROOT));
            row.put(QuestionColumn.NAME, question.name());
            row.put(QuestionColumn.LABEL_EN, question.labelEn());
            row.put(QuestionColumn.LABEL_RU, question.labelRu());
            row.put(QuestionColumn.CHOICES, question.type().chosen() ? ChoiceLines.format(question.choices()) : null);
            row.put(
                    QuestionColumn.REQUIRED,
                    messages.getMessage(question.required() ? "history.yes" : "history.no", null, locale));
            row.put(QuestionColumn.MINIMUM, plain(question.minimum()));
            row.put(QuestionColumn.MAXIMUM, plain(question.maximum()));
            row.put(QuestionColumn.WEIGHT, plain(question.weight()));
            row.put(QuestionColumn.SHOW_WHEN, ConditionExpressions.print(question.showWhen()));
            row.put(QuestionColumn.REQUIRE_NOTE_WHEN, ConditionExpressions.print(question.requireNoteWhen()));
            row.put(QuestionColumn.REQUIRE_PHOTO_WHEN, ConditionExpressions.print(question.requirePhotoWhen()));
            row.put(QuestionColumn.REQUIRE_ACTION_WHEN, ConditionExpressions.print(question.requireActionWhen()));
            rows.add(row);
        }
        new SheetTemplate<>(List.of(QuestionColumn.values()), messages, locale)
                .choices(
                        QuestionColumn.TYPE,
                        Arrays.stream(QuestionType.values())
                                .map(type -> type.name().toLowerCase(Locale.ROOT))
                                .toList())
                .rows(rows)
                .write(out, messages.getMessage("audit.sheet.name", null, locale), MAX_QUESTIONS);
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
