package dev.tandem.shared;

import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Input that is well-formed but breaks a rule. It names the field, so a form or client can point at it, and the
 * message by its code in the {@code messages} bundles, so each person reads it in their language.
 */
public class InvalidRequestException extends ErrorResponseException {

    private final String field;

    public InvalidRequestException(String field, String messageCode, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null, messageCode, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return getDetailMessageCode();
    }

    public Object[] arguments() {
        return getDetailMessageArguments();
    }

    @Override
    public String getMessage() {
        return field + ": " + messageCode() + " " + Arrays.toString(arguments());
    }

    /** One rejected field, as listed in a problem response. */
    public record FieldError(String field, String message) {}
}
