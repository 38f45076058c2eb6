package dev.tandem.contractor.prequalification;

import dev.tandem.contractor.Review;
import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.shared.InvalidRequestException;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A contractor's prequalification: its type, which says what documents it must hold, and its safety questionnaire of
 * the last three full years, which the safety department approves or returns with comments. Its id is the contractor
 * organisation's.
 */
@Table("contractor_prequalification")
public class Prequalification extends AbstractAggregateRoot<Prequalification> implements Recorded, Reviewed {

    @Id
    private final UUID id;

    private UUID policyId;
    private QuestionnaireStatus questionnaireStatus;

    @KeptOutOfHistory("in the history by its parts: reviewComment, reviewedBy and reviewedAt")
    @Embedded.Nullable(prefix = "review_")
    private Review review;

    @MappedCollection(idColumn = "contractor_prequalification", keyColumn = "contractor_prequalification_key")
    private List<SafetyYear> years;

    @Version
    private Long version;

    @PersistenceCreator
    Prequalification(
            UUID id,
            UUID policyId,
            QuestionnaireStatus questionnaireStatus,
            Review review,
            List<SafetyYear> years,
            Long version) {
        this.id = id;
        this.policyId = policyId;
        this.questionnaireStatus = questionnaireStatus;
        this.review = review;
        this.years = List.copyOf(years);
        this.version = version;
    }

    static Prequalification of(UUID organisationId) {
        return new Prequalification(organisationId, null, QuestionnaireStatus.DRAFT, null, List.of(), null);
    }

    void classify(UUID policyId) {
        this.policyId = policyId;
    }

    /**
     * Takes the answers for the three full years before {@code currentYear}, each once, and waits for the safety
     * department again.
     */
    void answer(AnswerQuestionnaire answers, int currentYear) {
        var expected =
                IntStream.rangeClosed(currentYear - 3, currentYear - 1).boxed().toList();
        var given = answers.years().stream()
                .map(AnswerQuestionnaire.Year::year)
                .sorted()
                .toList();
        if (!given.equals(expected)) {
            throw new InvalidRequestException(
                    "years",
                    "contractor.rule.threeYears",
                    String.valueOf(expected.get(0)),
                    String.valueOf(currentYear - 1));
        }
        this.years = answers.years().stream()
                .sorted(Comparator.comparing(AnswerQuestionnaire.Year::year))
                .map(y -> new SafetyYear(
                        y.year(),
                        y.hoursWorked().setScale(1, RoundingMode.HALF_UP),
                        y.fatalities(),
                        y.lostTime(),
                        y.restrictedWork(),
                        y.medicalTreatment()))
                .toList();
        this.questionnaireStatus = QuestionnaireStatus.SUBMITTED;
        this.review = null;
    }

    /** The safety department's decision on submitted answers: approved, or returned with what to change. */
    void review(boolean approved, String comment, UUID by, Instant at) {
        this.review = Review.decide(
                questionnaireStatus == QuestionnaireStatus.SUBMITTED, "questionnaire", approved, comment, by, at);
        this.questionnaireStatus = approved ? QuestionnaireStatus.APPROVED : QuestionnaireStatus.RETURNED;
    }

    @Override
    public String recordType() {
        return "contractor-prequalification";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public UUID policyId() {
        return policyId;
    }

    public QuestionnaireStatus questionnaireStatus() {
        return questionnaireStatus;
    }

    @Override
    public Review review() {
        return review;
    }

    public List<SafetyYear> years() {
        return years;
    }

    @Override
    public Map<String, Object> snapshot() {
        var fields = Recorded.fields(
                "policyId", policyId,
                "questionnaireStatus", questionnaireStatus,
                "reviewComment", reviewComment(),
                "reviewedBy", reviewedBy(),
                "reviewedAt", reviewedAt());
        fields.putAll(Recorded.numbered(
                "years",
                years,
                y -> Recorded.fields(
                        "year", y.year(),
                        "hours", y.hours(),
                        "fatalities", y.fatalities(),
                        "lostTime", y.lostTime(),
                        "restrictedWork", y.restrictedWork(),
                        "medicalTreatment", y.medicalTreatment())));
        return fields;
    }
}
