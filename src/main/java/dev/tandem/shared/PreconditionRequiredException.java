package dev.tandem.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A change sent without the version it was made on, so a change made meanwhile could be overwritten unseen. */
public class PreconditionRequiredException extends ErrorResponseException {

    public PreconditionRequiredException() {
        super(
                HttpStatus.PRECONDITION_REQUIRED,
                ProblemDetail.forStatus(HttpStatus.PRECONDITION_REQUIRED),
                null,
                "rule.ifMatchRequired",
                null);
    }
}
