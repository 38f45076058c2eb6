package dev.tandem.shared.web;

import dev.tandem.shared.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/** CSV as spreadsheets and scripts write it (RFC 4180), read from what people upload. */
final class CsvText {

    private CsvText() {}

    /**
     * Splits text into rows of cells; the separator is the comma, semicolon or tab, whichever the first line uses
     * most. Quoted cells may hold separators, doubled quotes and line breaks.
     */
    static List<List<String>> parse(String text) {
        var separator = separator(text);
        var rows = new ArrayList<List<String>>();
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        int row = 1;
        int quoteRow = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        row++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                quoteRow = row;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                rows.add(cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                row++;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidRequestException("file", "upload.unclosedQuote", quoteRow);
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        var firstLine = end < 0 ? text : text.substring(0, end);
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
