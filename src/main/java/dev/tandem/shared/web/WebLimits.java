package dev.tandem.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of what a request may send.
 *
 * @param maxBodySize the largest request body other than a multipart upload (JSON, CSV, a form), refused with 413
 *     before it is read; uploads are bounded by {@code spring.servlet.multipart.max-request-size}
 */
@ConfigurationProperties("tandem.web")
record WebLimits(@DefaultValue("2MB") DataSize maxBodySize) {}
