package dev.tandem.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A change made on a version of a record that someone else has changed since. */
public class StaleRecordException extends ErrorResponseException {

    public StaleRecordException(String what, Object id) {
        super(
                HttpStatus.PRECONDITION_FAILED,
                ProblemDetail.forStatus(HttpStatus.PRECONDITION_FAILED),
                null,
                "rule.changedMeanwhile",
                null);
        getBody().setProperty("record", what + " " + id);
    }
}
