package dev.tandem.notification.delivery;

import dev.tandem.shared.InvalidRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What a webhook may point at: an absolute http or https URL with a host and no user name or password in it (a
 * credential in a URL ends up in logs and on pages; the signature is how a receiver knows Tandem).
 */
final class WebhookUrls {

    static final int LONGEST = 2000;

    private WebhookUrls() {}

    static URI checked(String url) {
        var text = url == null ? "" : url.strip();
        if (text.isEmpty() || text.length() > LONGEST) {
            throw new InvalidRequestException("url", "rule.webhookUrl");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("url", "rule.webhookUrl");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidRequestException("url", "rule.webhookScheme");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidRequestException("url", "rule.webhookCredentials");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidRequestException("url", "rule.webhookUrl");
        }
        return uri;
    }
}
