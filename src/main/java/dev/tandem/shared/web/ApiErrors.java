package dev.tandem.shared.web;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.InvalidRequestException.FieldError;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API as RFC 9457 problem details; rejected fields are listed under {@code errors}.
 * Pages rendered for people get the error page instead (see {@code templates/error.html}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final WebLimits limits;

    ApiErrors(WebLimits limits) {
        this.limits = limits;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        var globalErrors = ex.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldError(error.getObjectName(), error.getDefaultMessage()));
        return invalid(Stream.concat(errors.stream(), globalErrors).toList(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return invalid(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestBodyLimit.BodyTooLarge.caused(ex)) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE,
                    message("rule.bodyTooLarge", limits.maxBodySize().toMegabytes()));
            return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        var field = JsonFields.at(ex);
        if (field.isPresent()) {
            return invalid(
                    List.of(new FieldError(
                            field.get().name(),
                            message(field.get().code(), field.get().name()))),
                    request);
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("rule.malformedJson"));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A query parameter or path variable that does not read as its type. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var name =
                ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        var field = name == null ? "" : name;
        return invalid(List.of(new FieldError(field, message("rule.fieldUnreadable", field))), request);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail brokenRule(InvalidRequestException ex) {
        var message = message(ex.messageCode(), ex.arguments());
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("errors", List.of(new FieldError(ex.field(), message)));
        return problem;
    }

    /** A parameter the security firewall refuses when it is read (an odd name that got past the filters). */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("rule.parameterName", ""));
    }

    /** An upload that is not multipart, or multipart that does not parse: the file's field is named. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> notAnUpload(HandlerMethod handler, WebRequest request) {
        var field = PageErrors.uploadField(handler);
        return invalid(List.of(new FieldError(field, message("rule.uploadMissing", field))), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message("rule.forbidden"));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message("rule.duplicate"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail changedMeanwhile() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message("rule.changedMeanwhile"));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        log.error("Unexpected error in the API", ex);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, message("rule.unexpected"));
    }

    /** A message in the language of the request (see {@code WebConfiguration}). */
    private String message(String code, Object... arguments) {
        return getMessageSource().getMessage(code, arguments, code, LocaleContextHolder.getLocale());
    }

    private ResponseEntity<Object> invalid(List<FieldError> errors, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("rule.invalidFields"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }
}
