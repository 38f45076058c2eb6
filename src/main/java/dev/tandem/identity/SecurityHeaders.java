package dev.tandem.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of every answer. The Content-Security-Policy lets a page run and style only what Tandem
 * serves itself: no inline script, event handler or style attribute (JavaScript lives in {@code static/js}, styles
 * in {@code static/css}); Swagger UI alone may also set inline styles.
 *
 * @param hsts whether to send Strict-Transport-Security on HTTPS answers (the {@code prod} profile does)
 * @param hstsMaxAge how long a browser keeps to HTTPS after it
 */
@ConfigurationProperties("tandem.security")
record SecurityHeaders(@DefaultValue("false") boolean hsts, @DefaultValue("365d") Duration hstsMaxAge) {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Swagger UI (a library's page, not Tandem's) sets a style element of its own; its pages alone allow that. */
    static final String SWAGGER_UI_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    static final String PERMISSIONS_POLICY = "camera=(self), microphone=(), geolocation=(), payment=(), usb=()";

    void apply(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher swaggerUi =
                request -> request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/");
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        swaggerUi, new StaticHeadersWriter("Content-Security-Policy", SWAGGER_UI_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(swaggerUi),
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
        if (hsts) {
            headers.httpStrictTransportSecurity(transport ->
                    transport.maxAgeInSeconds(hstsMaxAge.toSeconds()).includeSubDomains(true));
        } else {
            headers.httpStrictTransportSecurity(transport -> transport.disable());
        }
    }
}
