package dev.tandem.shared;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Input that is well-formed but breaks a rule; names the field so a form or client can point at it. */
public class InvalidRequestException extends ErrorResponseException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, problem(field, message), null);
        this.field = field;
    }

    public String field() {
        return field;
    }

    private static ProblemDetail problem(String field, String message) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("errors", List.of(new FieldError(field, message)));
        return problem;
    }

    /** One rejected field, as listed in a problem response. */
    public record FieldError(String field, String message) {}
}
