package dev.tandem.shared.web;

import dev.tandem.shared.uploads.LargeUploads;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Bounds an upload by where it goes: an import's file up to {@link WebLimits#maxImportSize()}, any other file up to
 * {@link WebLimits#maxUploadSize()} and {@link WebLimits#maxUploadRequestSize()} in all. Over its limit an upload is
 * refused with the limit: 413 with problem details for the API; an import's page shows its form again with the
 * reason (303 to it); any other page, the error page with the reason (413). It is refused at once when its declared
 * length is too large, else once it has been read and its files measured, and one that declares no length is read no
 * further than its limit ({@link UndeclaredUploadLimit}). The servlet container reads nothing larger than an import
 * may be ({@link WebConfiguration#multipartConfig}), whatever the address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class UploadLimit extends OncePerRequestFilter {

    /** Where the message for an import's page waits for it: the session, as for any redirect after a form. */
    private static final FlashMapManager FLASH = new SessionFlashMapManager();

    private final WebLimits limits;
    private final LargeUploads imports;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ITemplateEngine templates;

    UploadLimit(
            WebLimits limits,
            LargeUploads imports,
            MessageSource messages,
            LocaleResolver locales,
            ITemplateEngine templates) {
        this.limits = limits;
        this.imports = imports;
        this.messages = messages;
        this.locales = locales;
        this.templates = templates;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!RequestBodyLimit.isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean importing = imports.at(
                request.getRequestURI().substring(request.getContextPath().length()));
        var declared = request.getContentLengthLong();
        if (importing && declared > limits.maxImportRequestSize().toBytes()) {
            refuse(request, response, limits.maxImportSize());
        } else if (!importing && (declared > limits.maxUploadRequestSize().toBytes() || tooLarge(request))) {
            refuse(request, response, limits.maxUploadSize());
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Whether a file of the upload, or the upload as a whole, is over the limits of an upload that is no import. */
    private boolean tooLarge(HttpServletRequest request) {
        try {
            long total = 0;
            for (var part : request.getParts()) {
                if (part.getSize() > limits.maxUploadSize().toBytes()) {
                    return true;
                }
                total += part.getSize();
            }
            return total > limits.maxUploadRequestSize().toBytes();
        } catch (IOException | ServletException | RuntimeException unreadable) {
            // one sent without its length and cut off at the limit (UndeclaredUploadLimit) is too large; another broken
            // upload, or one over the container's limit, the multipart reader answers with 400 or 413
            return request.getAttribute(UndeclaredUploadLimit.PASSED) != null;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit) throws IOException {
        var locale = locales.resolveLocale(request);
        var detail = messages.getMessage("rule.uploadTooLarge", new Object[] {limit.toMegabytes()}, locale);
        if (ProblemResponses.isApi(request)) {
            ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, detail);
            return;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (imports.at(path) && request.getSession(false) != null) {
            // an import's page: its form again, which says why (the form is what GET answers at the same address);
            // without a session no one signed in sent it, and none is made for them
            var flash = new FlashMap();
            flash.put("importProblem", detail);
            flash.setTargetRequestPath(request.getRequestURI());
            FLASH.saveOutputFlashMap(flash, request, response);
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(HttpHeaders.LOCATION, request.getRequestURI());
            return;
        }
        // the error page, written here: the container's dispatch to it would read the parameters, and so the upload
        var exchange = JakartaServletWebApplication.buildApplication(getServletContext())
                .buildExchange(request, response);
        var status = HttpStatus.CONTENT_TOO_LARGE.value();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        templates.process(
                "error",
                new WebContext(exchange, locale, Map.of("status", status, "detail", detail)),
                response.getWriter());
    }
}
