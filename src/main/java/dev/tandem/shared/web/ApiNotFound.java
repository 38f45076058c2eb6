package dev.tandem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** An API address that leads nowhere answers with problem details too; other addresses get the error page. */
@ControllerAdvice
class ApiNotFound {

    @ExceptionHandler(NoResourceFoundException.class)
    @ResponseBody
    ProblemDetail notFound(NoResourceFoundException ex, HttpServletRequest request) throws NoResourceFoundException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw ex;
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such API address.");
    }
}
