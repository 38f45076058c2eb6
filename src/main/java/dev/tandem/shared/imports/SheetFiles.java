package dev.tandem.shared.imports;

import dev.tandem.shared.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded table kept in a file of its own while it is imported, and read from there row by row as it streams: an
 * Excel workbook (its first sheet), or, where an import takes it, CSV text in UTF-8. What cannot be read as either is
 * refused as a whole (field {@code file}) with the reason.
 */
public final class SheetFiles {

    private static final Logger log = LoggerFactory.getLogger(SheetFiles.class);

    /** What an import reads. */
    public enum Formats {
        XLSX,
        XLSX_OR_CSV
    }

    private SheetFiles() {}

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Whether the file begins as UTF-8 text does: no NUL byte and no byte that UTF-8 does not allow in its first 64 KB,
     * so that a binary file is refused as such before its first line is taken for a header.
     */
    private static boolean looksLikeText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            var head = in.readNBytes(1 << 16);
            for (byte b : head) {
                if (b == 0) {
                    return false;
                }
            }
            var result = strictUtf8().decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), false);
            return !result.isError();
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** Keeps the upload in a temporary file, for {@link #read} and then {@link #delete}. */
    public static Path store(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw new InvalidRequestException("file", "upload.empty");
        }
        try {
            var file = Files.createTempFile("tandem-import", ".upload");
            upload.transferTo(file);
            return file;
        } catch (IOException unreadable) {
            throw new InvalidRequestException("file", "upload.unreadable");
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftBehind) {
            log.warn("Could not delete the uploaded file {}", file, leftBehind);
        }
    }

    /** Takes the rows after the header one at a time, by column. */
    @FunctionalInterface
    public interface ColumnRows<C extends Enum<C> & SheetColumn> {
        void row(int row, Map<C, String> cells);
    }

    /**
     * Hands every row after the header to {@code rows} by column, telling {@code progress} every thousand rows that
     * {@code check} counts.
     *
     * @throws InvalidRequestException (field {@code file}) when the file cannot be read, its header names unknown
     *     columns or it holds no rows
     */
    public static <C extends Enum<C> & SheetColumn> void read(
            Path file,
            Formats formats,
            SheetHeader<C> header,
            SheetCheck<C> check,
            ColumnRows<C> rows,
            ImportJobs.Progress progress) {
        read(file, formats, (row, cells) -> {
            var named = header.cells(row, cells);
            if (named != null) {
                int before = check.read();
                rows.row(row, named);
                if (check.read() != before && check.read() % 1000 == 0) {
                    progress.read(check.read());
                }
            }
        });
        if (!header.read() || check.empty()) {
            throw new InvalidRequestException("file", "upload.empty");
        }
        progress.read(check.read());
    }

    /** Hands every row of the file to {@code rows}, in order: a workbook's rows that hold a cell, every CSV record. */
    public static void read(Path file, Formats formats, SheetRows rows) {
        if (formats == Formats.XLSX || StreamedWorkbook.looksLikeWorkbook(file)) {
            StreamedWorkbook.read(file, rows);
            return;
        }
        if (!looksLikeText(file)) {
            throw new InvalidRequestException("file", "upload.notTable");
        }
        try (InputStream in = Files.newInputStream(file);
                var reader = new InputStreamReader(in, strictUtf8())) {
            boolean[] first = {true};
            CsvRows.read(reader, (row, cells) -> {
                if (first[0]) {
                    first[0] = false;
                    if (!cells.isEmpty() && cells.get(0).startsWith("\ufeff")) {
                        var header = new java.util.ArrayList<>(cells);
                        header.set(0, header.get(0).substring(1));
                        cells = header;
                    }
                }
                for (var cell : cells) {
                    if (cell.indexOf('\0') >= 0) {
                        throw new InvalidRequestException("file", "upload.notTable");
                    }
                }
                rows.row(row, cells);
            });
        } catch (CharacterCodingException notText) {
            throw new InvalidRequestException("file", "upload.notTable");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
