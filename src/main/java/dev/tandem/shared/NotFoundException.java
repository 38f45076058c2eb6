package dev.tandem.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A record that does not exist, or that the viewer may not know exists. */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String what, Object id) {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, what + " " + id + " not found"),
                null);
    }
}
