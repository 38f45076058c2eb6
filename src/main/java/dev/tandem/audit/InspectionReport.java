package dev.tandem.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * An inspection as its report prints it, in one language: the title page, every question shown with its answer,
 * note, photo and finding, the score, and the signatures. Pictures come as {@code data:} URIs, as a document takes
 * them.
 *
 * @param kind the message key of its kind
 * @param status the message key of its state
 * @param percentage null while it is not completed or nothing could be earned
 */
public record InspectionReport(
        String title,
        int templateVersion,
        String kind,
        String status,
        String site,
        String organisation,
        String startedBy,
        LocalDate conductedOn,
        String conductedBy,
        ZonedDateTime completedAt,
        BigDecimal points,
        BigDecimal possible,
        BigDecimal percentage,
        List<Line> lines,
        List<Signature> signatures) {

    public InspectionReport {
        lines = List.copyOf(lines);
        signatures = List.copyOf(signatures);
    }

    /**
     * A question shown, as answered.
     *
     * @param section null when it has none or is in the section of the line before
     * @param answer the chosen answer's label, or the value as written; null while unanswered
     * @param photo a {@code data:} URI, or null
     * @param action the finding's action; null without a finding
     */
    public record Line(
            String section,
            String question,
            String answer,
            String note,
            String photo,
            boolean failed,
            String finding,
            Action action) {}

    /** A finding's action as it stands: what, who, by when, and its state ({@code action.status.*}). */
    public record Action(String title, String owner, LocalDate dueDate, String status) {}

    /** @param side the message key of the side that signed */
    public record Signature(String side, String by, ZonedDateTime at, String picture) {}
}
