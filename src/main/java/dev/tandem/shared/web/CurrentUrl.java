package dev.tandem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The current page's address, for links that change one query parameter (pager, sort headers) and keep the
 * filters. Changing anything but the page goes back to the first page.
 */
public record CurrentUrl(String path, Map<String, List<String>> parameters) {

    public String with(String name, Object value) {
        var builder = UriComponentsBuilder.fromPath(path);
        parameters.forEach((key, values) -> builder.queryParam(key, values.toArray()));
        builder.replaceQueryParam(name, value);
        if (!name.equals("page")) {
            builder.replaceQueryParam("page");
        }
        return builder.build().encode().toUriString();
    }

    /** The same page with several parameters changed at once, such as the cell a heat map's link chooses. */
    public String withAll(Map<String, ?> changes) {
        var builder = UriComponentsBuilder.fromPath(path);
        parameters.forEach((key, values) -> builder.queryParam(key, values.toArray()));
        changes.forEach(builder::replaceQueryParam);
        builder.replaceQueryParam("page");
        return builder.build().encode().toUriString();
    }

    /** Another address with the same filters and order, without paging: for an export of the whole list. */
    public String at(String otherPath) {
        return exporting(otherPath).build().encode().toUriString();
    }

    /** An export of the whole list in a file format, such as {@code format=CSV}. */
    public String at(String otherPath, String name, Object value) {
        return exporting(otherPath)
                .replaceQueryParam(name, value)
                .build()
                .encode()
                .toUriString();
    }

    private UriComponentsBuilder exporting(String otherPath) {
        var builder = UriComponentsBuilder.fromPath(otherPath);
        parameters.forEach((key, values) -> {
            if (!key.equals("page") && !key.equals("size")) {
                builder.queryParam(key, values.toArray());
            }
        });
        return builder;
    }

    /** The current address in the model of every page, as {@code url}. */
    static class Provider extends PageModelAttribute {

        Provider() {
            super("url");
        }

        @Override
        protected CurrentUrl value(HttpServletRequest request) {
            var parameters = new LinkedHashMap<String, List<String>>();
            request.getParameterMap().forEach((key, values) -> {
                if (!key.equals("_csrf")) {
                    // a parameter without a value arrives as "" from a container and as null from some clients
                    parameters.put(
                            key,
                            Arrays.stream(values)
                                    .map(value -> value == null ? "" : value)
                                    .toList());
                }
            });
            return new CurrentUrl(request.getRequestURI(), parameters);
        }
    }
}
