package dev.tandem.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One generated request: method, path with its variables filled in, query pairs, an optional If-Match and a body
 * (JSON text, multipart, or anything else under its content type). Printed as a curl command to replay it.
 */
record FuzzRequest(
        String user,
        String method,
        String path,
        List<Map.Entry<String, String>> query,
        String ifMatch,
        String contentType,
        byte[] body) {

    String target() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?"
                + query.stream()
                        .map(pair -> encode(pair.getKey()) + "=" + encode(pair.getValue()))
                        .collect(Collectors.joining("&"));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        var command = new StringBuilder(
                "curl -X " + method + " '" + target() + "' -H 'Authorization: Bearer <" + user + ">'");
        if (ifMatch != null) {
            command.append(" -H 'If-Match: ").append(ifMatch).append("'");
        }
        if (contentType != null) {
            command.append(" -H 'Content-Type: ").append(contentType).append("'");
            var text = new String(body, StandardCharsets.UTF_8);
            command.append(" --data-binary '")
                    .append(text.length() > 400 ? text.substring(0, 400) + "…(" + body.length + " bytes)" : text)
                    .append("'");
        }
        return command.toString();
    }
}
