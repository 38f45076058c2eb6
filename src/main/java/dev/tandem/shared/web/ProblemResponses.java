package dev.tandem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Problem details written straight to a response, for what is refused in a filter before any controller (and so
 * before {@code ApiErrors}) is reached: an API request gets problem+json, a page the error page of its status.
 */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static boolean isApi(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }

    public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        write(response, status, detail, "");
    }

    /** Problem details naming the one field (parameter) at fault under {@code errors}, as {@code ApiErrors} does. */
    static void write(HttpServletResponse response, HttpStatus status, String detail, String field) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        var errors = field.isEmpty()
                ? ""
                : ",\"errors\":[{\"field\":\"" + json(field) + "\",\"message\":\"" + json(detail) + "\"}]";
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + json(detail) + "\"" + errors + "}");
    }

    /** Problem details for the API, the error page of the status for a page. */
    public static void refuse(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        if (isApi(request)) {
            write(response, status, detail);
        } else {
            response.sendError(status.value());
        }
    }

    private static String json(String text) {
        var escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
