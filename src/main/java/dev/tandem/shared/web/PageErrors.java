package dev.tandem.shared.web;

import dev.tandem.shared.InvalidRequestException;
import java.util.Arrays;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page request the server cannot take (a broken rule outside a form, an upload form sent without its file or not
 * as multipart) answers 400 with the error page naming the field, not a server error.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView brokenRule(InvalidRequestException ex) {
        return badRequest(ex.field(), message(ex.messageCode(), ex.arguments()));
    }

    @ExceptionHandler(RequestRejectedException.class)
    ModelAndView rejected() {
        return badRequest("", message("rule.parameterName", ""));
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView notAnUpload(MultipartException ex, HandlerMethod handler) throws MultipartException {
        if (ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            throw ex;
        }
        var field = uploadField(handler);
        return badRequest(field, message("rule.uploadMissing", field));
    }

    /** The name of the file a handler method takes, for the message that says it did not come. */
    static String uploadField(HandlerMethod handler) {
        if (handler == null) {
            return "file";
        }
        return Arrays.stream(handler.getMethodParameters())
                .filter(parameter -> parameter.getParameterType() == MultipartFile.class)
                .map(parameter -> {
                    var part = parameter.getParameterAnnotation(RequestPart.class);
                    var param = parameter.getParameterAnnotation(RequestParam.class);
                    var named = part != null ? part.name() : param != null ? param.name() : "";
                    return named.isEmpty() ? parameter.getParameterName() : named;
                })
                .findFirst()
                .orElse("file");
    }

    static ModelAndView badRequest(String field, String detail) {
        var page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("field", field);
        page.addObject("detail", detail);
        return page;
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
    }
}
