package dev.tandem.shared.uploads;

/**
 * The addresses that take uploads up to {@code tandem.web.max-import-size} rather than {@code max-upload-size}: the
 * imports' (see {@code shared.imports}).
 */
public interface LargeUploads {

    /** Whether a multipart request to this path (within the application, such as {@code /risks/import}) is an import. */
    boolean at(String path);
}
