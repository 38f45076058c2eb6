package dev.tandem.investigation;

import dev.tandem.equipment.EquipmentType;
import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The lesson learned of an investigation: a card in four parts, without names, written in one language and perhaps
 * given the other; the team writes and submits it, the safety department publishes it or returns it with a comment.
 * What it is filed under in the library (the kind of record investigated, the machine's type, the root causes' classes)
 * is taken from the investigation each time the card is written or submitted.
 */
@Table("investigation_lesson")
public class Lesson extends Voidable {

    static final List<String> LANGUAGES = List.of("en", "ru");

    private static final int LONGEST_PART = 4000;

    @Id
    private final UUID id;

    @KeptOutOfHistory("fixed when the card is drafted, as its CREATED entry's time says; its page links it")
    private final UUID investigationId;

    private final UUID siteId;
    private String category;
    private EquipmentType equipmentType;
    private List<String> rootClasses;
    private final String writtenIn;
    private LessonStatus status;
    private String returnedComment;
    private boolean showOnScreens;
    private Instant submittedAt;
    private Instant publishedAt;

    @MappedCollection(idColumn = "lesson", keyColumn = "lesson_key")
    private List<LessonText> texts;

    @Version
    private Long version;

    @PersistenceCreator
    Lesson(UUID id, UUID investigationId, UUID siteId, String writtenIn, List<LessonText> texts) {
        this.id = id;
        this.investigationId = investigationId;
        this.siteId = siteId;
        this.writtenIn = writtenIn;
        this.texts = texts == null ? new ArrayList<>() : new ArrayList<>(texts);
        this.rootClasses = new ArrayList<>();
    }

    /** What the card is filed under in the library, as its investigation says. */
    public record Filing(String category, EquipmentType equipmentType, List<RootCauseClass> rootClasses) {}

    /** A new card, a DRAFT in the language its first text is written in. */
    static Lesson drafted(UUID id, UUID investigationId, UUID siteId, Filing filing, LessonText text) {
        var language = checked(text).language();
        var lesson = new Lesson(id, investigationId, siteId, language, List.of());
        lesson.status = LessonStatus.DRAFT;
        lesson.write(text, filing);
        return lesson;
    }

    /** The card's text in one language written (the first time) or written again, while the team may still change it. */
    void write(LessonText text, Filing filing) {
        requireWritable();
        var written = checked(text);
        texts = new ArrayList<>(texts.stream()
                .filter(other -> !other.language().equals(written.language()))
                .toList());
        texts.add(written);
        texts.sort(java.util.Comparator.comparing(other -> LANGUAGES.indexOf(other.language())));
        file(filing);
    }

    /** Submitted to the safety department for publishing. */
    void submit(Filing filing, Instant at) {
        requireWritable();
        file(filing);
        status = LessonStatus.SUBMITTED;
        submittedAt = at;
    }

    /** Published to the library by the safety department, on the shop-floor screens or not. */
    void publish(boolean onScreens, Instant at) {
        requireStatus(LessonStatus.SUBMITTED);
        status = LessonStatus.PUBLISHED;
        publishedAt = at;
        returnedComment = null;
        showOnScreens = onScreens;
    }

    /** Returned to the team with what to change. */
    void returnWith(String comment) {
        requireStatus(LessonStatus.SUBMITTED);
        if (comment == null || comment.isBlank()) {
            throw new InvalidRequestException("comment", "lesson.rule.commentRequired");
        }
        returnedComment = comment.strip();
        status = LessonStatus.RETURNED;
    }

    /** Shown on the shop-floor screens, or taken off them; only a published card is ever shown. */
    void showOnScreens(boolean shown) {
        requireStatus(LessonStatus.PUBLISHED);
        showOnScreens = shown;
    }

    private void file(Filing filing) {
        category = filing.category();
        equipmentType = filing.equipmentType();
        rootClasses = new ArrayList<>(filing.rootClasses().stream()
                .distinct()
                .map(RootCauseClass::name)
                .toList());
    }

    private void requireWritable() {
        if (!status.writable()) {
            throw new InvalidRequestException("status", "lesson.rule.status", status);
        }
    }

    private void requireStatus(LessonStatus expected) {
        if (status != expected) {
            throw new InvalidRequestException("status", "lesson.rule.status", status);
        }
    }

    /** The four parts present and within their length, the language one of the two. */
    private static LessonText checked(LessonText text) {
        if (text == null || text.language() == null || !LANGUAGES.contains(text.language())) {
            throw new InvalidRequestException("language", "lesson.rule.language");
        }
        return new LessonText(
                text.language(),
                part(text.happened(), "happened"),
                part(text.why(), "why"),
                part(text.learned(), "learned"),
                part(text.did(), "did"));
    }

    private static String part(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, "lesson.rule.partRequired");
        }
        if (text.strip().length() > LONGEST_PART) {
            throw new InvalidRequestException(field, "lesson.rule.partTooLong", LONGEST_PART);
        }
        return text.strip();
    }

    /** The text in the reader's language, or else in the language the card was written in. */
    public LessonText textIn(String language) {
        return text(language).orElseGet(() -> text(writtenIn).orElseThrow());
    }

    public Optional<LessonText> text(String language) {
        return texts.stream().filter(text -> text.language().equals(language)).findFirst();
    }

    @Override
    public String recordType() {
        return "lesson";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public UUID investigationId() {
        return investigationId;
    }

    public UUID siteId() {
        return siteId;
    }

    public String category() {
        return category;
    }

    public EquipmentType equipmentType() {
        return equipmentType;
    }

    public List<RootCauseClass> rootClasses() {
        return rootClasses.stream().map(RootCauseClass::valueOf).toList();
    }

    public String writtenIn() {
        return writtenIn;
    }

    public LessonStatus status() {
        return status;
    }

    public String returnedComment() {
        return returnedComment;
    }

    public boolean showOnScreens() {
        return showOnScreens;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<LessonText> texts() {
        return List.copyOf(texts);
    }

    @Override
    public Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<>(Recorded.fields(
                "siteId", siteId,
                "category", category,
                "equipmentType", equipmentType,
                "rootClasses", rootClasses,
                "writtenIn", writtenIn,
                "status", status,
                "returnedComment", returnedComment,
                "showOnScreens", showOnScreens,
                "submittedAt", submittedAt,
                "publishedAt", publishedAt));
        fields.putAll(Recorded.numbered(
                "texts",
                texts,
                text -> Recorded.fields(
                        "language", text.language(),
                        "happened", text.happened(),
                        "why", text.why(),
                        "learned", text.learned(),
                        "did", text.did())));
        return fields;
    }
}
