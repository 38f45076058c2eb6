package dev.tandem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors that happen before any API controller is chosen (no such address, wrong method, wrong content type,
 * an upload over the size limit)
 * answer with problem details too on {@code /api/}; elsewhere they go on to the error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFallbackErrors {

    private final MessageSource messages;

    ApiFallbackErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** A body sent as multipart that does not parse as such: 400, not a server error. */
    @ExceptionHandler(MultipartException.class)
    Object unreadableUpload(MultipartException ex, HttpServletRequest request) throws Exception {
        if (ex instanceof MaxUploadSizeExceededException tooLarge) {
            return beforeAnyController(tooLarge, request);
        }
        var detail = messages.getMessage("rule.uploadMissing", new Object[] {"file"}, LocaleContextHolder.getLocale());
        if (!ProblemResponses.isApi(request)) {
            return PageErrors.badRequest("file", detail);
        }
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }

    @ExceptionHandler({
        NoResourceFoundException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class
    })
    ResponseEntity<ProblemDetail> beforeAnyController(Exception ex, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw ex;
        }
        var error = (ErrorResponse) ex;
        return ResponseEntity.status(error.getStatusCode())
                .headers(error.getHeaders())
                .body(error.getBody());
    }
}
