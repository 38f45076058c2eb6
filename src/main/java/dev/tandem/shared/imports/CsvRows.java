package dev.tandem.shared.imports;

import dev.tandem.shared.InvalidRequestException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets and scripts write it (RFC 4180), read as it streams: the separator is the comma, semicolon or
 * tab, whichever the first line uses most; quoted cells may hold separators, doubled quotes and line breaks. Every
 * record is handed on, blank ones too, numbered from 1.
 */
public final class CsvRows {

    private static final int FIRST_LINE_AT_MOST = 1 << 20;

    private CsvRows() {}

    /**
     * @throws InvalidRequestException (field {@code file}) when a quote is never closed
     * @throws IOException when the text cannot be read, such as bytes that are no UTF-8 for a strict decoder
     */
    public static void read(Reader source, SheetRows rows) throws IOException {
        var in = new BufferedReader(source, 1 << 16);
        char separator = separator(firstLine(in));
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        boolean quoteSeen = false;
        int line = 1;
        int quoteLine = 0;
        int record = 0;
        var chunk = new char[1 << 14];
        int length;
        boolean pendingCr = false;
        while ((length = in.read(chunk)) >= 0) {
            for (int i = 0; i < length; i++) {
                char c = chunk[i];
                if (pendingCr) {
                    pendingCr = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                if (quoted) {
                    if (quoteSeen) {
                        quoteSeen = false;
                        if (c == '"') {
                            cell.append('"');
                            continue;
                        }
                        quoted = false;
                        // the quote closed the cell's quoted part: this character is read as outside quotes
                    } else if (c == '"') {
                        quoteSeen = true;
                        continue;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                        continue;
                    }
                }
                if (c == '"' && isBlank(cell)) {
                    quoted = true;
                    quoteLine = line;
                    cell.setLength(0);
                } else if (c == separator) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    pendingCr = c == '\r';
                    cells.add(cell.toString());
                    rows.row(++record, List.copyOf(cells));
                    cells.clear();
                    cell.setLength(0);
                    line++;
                } else {
                    cell.append(c);
                }
            }
        }
        if (quoted && !quoteSeen) {
            throw new InvalidRequestException("file", "upload.unclosedQuote", quoteLine);
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.row(++record, List.copyOf(cells));
        }
    }

    private static boolean isBlank(StringBuilder cell) {
        for (int i = 0; i < cell.length(); i++) {
            if (!Character.isWhitespace(cell.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The first line, read ahead and given back to the reader. */
    private static String firstLine(BufferedReader in) throws IOException {
        in.mark(FIRST_LINE_AT_MOST);
        var line = new StringBuilder();
        int c;
        while (line.length() < FIRST_LINE_AT_MOST - 1 && (c = in.read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        in.reset();
        return line.toString();
    }

    private static char separator(String firstLine) {
        char best = ',';
        long most = firstLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }
}
