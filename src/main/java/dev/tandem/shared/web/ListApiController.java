package dev.tandem.shared.web;

import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A list over the API, below the {@code @RequestMapping} of the module's controller that extends this one: {@code GET}
 * answers a page of it ({@code page}, {@code size}, {@code sort}) with the count of all it selects, {@code GET
 * …/export} the whole of it as a file ({@code format=xlsx}, the default, or {@code csv}), both filtered by the list's
 * filter {@code F} (its fields are query parameters) and within the viewer's scope.
 *
 * @param <F> the list's filter
 * @param <R> a row of the list
 */
public abstract class ListApiController<F, R> {

    /** A page of a list, as filtered and within the viewer's scope. */
    @FunctionalInterface
    public interface Pages<F, R> {
        Page<R> page(F filter, Paging paging, Viewer viewer);
    }

    /** The whole of a list, as filtered, in the order asked for and within the viewer's scope, as a file. */
    @FunctionalInterface
    public interface Exports<F> {
        ResponseEntity<StreamingResponseBody> export(String format, F filter, Paging paging, Viewer viewer);
    }

    private final Pages<F, R> pages;
    private final Exports<F> exports;

    protected ListApiController(Pages<F, R> pages, Exports<F> exports) {
        this.pages = pages;
        this.exports = exports;
    }

    @GetMapping
    public Page<R> list(@QueryFilter F filter, Paging paging, Viewer viewer) {
        return pages.page(filter, paging, viewer);
    }

    @GetMapping("/export")
    public ResponseEntity<StreamingResponseBody> export(
            @QueryFilter F filter, Paging paging, @RequestParam(required = false) String format, Viewer viewer) {
        return exports.export(format, filter, paging, viewer);
    }
}
