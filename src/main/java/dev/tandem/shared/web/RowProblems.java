package dev.tandem.shared.web;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.RowError;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The errors of a refused upload or batch, in the language of the request: for a page to list, or as problem details
 * ({@code rows} of a file, {@code items} of a batch) for the API.
 */
@Component
public class RowProblems {

    private final MessageSource messages;

    RowProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** A wrong cell of an uploaded file. */
    public record RowProblem(int row, String column, String message) {}

    /** A wrong field of one item of a batch; the index counts from 0. */
    public record ItemProblem(int index, String field, String message) {}

    public List<RowProblem> rows(List<RowError> errors) {
        var locale = LocaleContextHolder.getLocale();
        return errors.stream()
                .map(error -> new RowProblem(error.row(), error.column(), messages.getMessage(error.message(), locale)))
                .toList();
    }

    /** 400: nothing of the file was taken; every wrong cell under {@code rows}. */
    public ResponseEntity<ProblemDetail> rejectedFile(List<RowError> errors) {
        var rows = rows(errors);
        var problem = problem(
                "upload.rejected", rows.stream().map(RowProblem::row).distinct().count());
        problem.setProperty("rows", rows);
        return badRequest(problem);
    }

    /** 400: nothing of the batch was taken; every wrong field under {@code items}. */
    public ResponseEntity<ProblemDetail> rejectedBatch(List<RowError> errors) {
        var items = rows(errors).stream()
                .map(row -> new ItemProblem(row.row(), row.column(), row.message()))
                .toList();
        var problem = problem(
                "batch.rejected",
                items.stream().map(ItemProblem::index).distinct().count());
        problem.setProperty("items", items);
        return badRequest(problem);
    }

    /** 400: one field of a request is wrong, listed under {@code errors} as every rejected field is. */
    public ResponseEntity<ProblemDetail> rejectedField(String field, String code) {
        var message = messages.getMessage(code, null, LocaleContextHolder.getLocale());
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("errors", List.of(new InvalidRequestException.FieldError(field, message)));
        return badRequest(problem);
    }

    private ProblemDetail problem(String code, long count) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(code, new Object[] {count}, LocaleContextHolder.getLocale()));
    }

    private static ResponseEntity<ProblemDetail> badRequest(ProblemDetail problem) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
