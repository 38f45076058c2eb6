package dev.tandem.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of what a request may send.
 *
 * @param maxBodySize the largest request body other than a multipart upload (JSON, CSV, a form), refused with 413
 *     before it is read
 * @param maxUploadSize the largest file of an upload (a photo, a piece of evidence, a table of hours), refused with 413
 * @param maxUploadRequestSize the largest multipart upload as a whole, its files and fields together
 * @param maxImportSize the largest upload to an import (risks, training records: pages and API), which may hold
 *     hundreds of thousands of rows
 */
@ConfigurationProperties("tandem.web")
record WebLimits(
        @DefaultValue("2MB") DataSize maxBodySize,
        @DefaultValue("25MB") DataSize maxUploadSize,
        @DefaultValue("30MB") DataSize maxUploadRequestSize,
        @DefaultValue("100MB") DataSize maxImportSize) {

    /** What the multipart form of an import may add to its file: its fields and boundaries. */
    static final DataSize IMPORT_FORM = DataSize.ofMegabytes(1);

    /** The largest upload to an import, its file and fields together. */
    DataSize maxImportRequestSize() {
        return DataSize.ofBytes(maxImportSize.toBytes() + IMPORT_FORM.toBytes());
    }
}
