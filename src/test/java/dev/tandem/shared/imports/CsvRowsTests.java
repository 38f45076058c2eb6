package dev.tandem.shared.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shared.InvalidRequestException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets write it, read as it streams: separators, quotes, line ends, and long files. */
class CsvRowsTests {

    @Test
    void theSeparatorIsTheOneTheFirstLineUsesMost() throws Exception {
        assertThat(rows("a;b,c;d\n1;2,3;4\n")).containsExactly(List.of("a", "b,c", "d"), List.of("1", "2,3", "4"));
        assertThat(rows("a\tb\n1\t2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(rows("a,b\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void quotedCellsHoldSeparatorsDoubledQuotesAndLineBreaks() throws Exception {
        assertThat(rows("a,b\r\n\"x, \"\"y\"\"\",\"two\r\nlines\"\r\n"))
                .containsExactly(List.of("a", "b"), List.of("x, \"y\"", "two\r\nlines"));
    }

    @Test
    void blankLinesAreRowsOfTheirOwnAndEveryRowIsNumbered() throws Exception {
        var numbers = new ArrayList<Integer>();
        CsvRows.read(new StringReader("a\n\nb\n"), (row, cells) -> numbers.add(row));
        assertThat(numbers).containsExactly(1, 2, 3);
        assertThat(rows("a\n\nb\n")).containsExactly(List.of("a"), List.of(""), List.of("b"));
    }

    @Test
    void aQuoteNeverClosedIsNamedByTheLineItOpensOn() {
        assertThatThrownBy(() -> rows("a\nb\n\"open\n"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e ->
                        assertThat(((InvalidRequestException) e).arguments()).containsExactly(3));
    }

    @Test
    void aFileLongerThanTheReadersBufferIsReadWhole() throws Exception {
        var text = new StringBuilder("n,text\r\n");
        for (int n = 0; n < 50_000; n++) {
            text.append(n).append(",\"cell ").append(n).append("\"\r\n");
        }
        var read = rows(text.toString());
        assertThat(read).hasSize(50_001);
        assertThat(read.get(50_000)).containsExactly("49999", "cell 49999");
    }

    private static List<List<String>> rows(String text) throws Exception {
        var rows = new ArrayList<List<String>>();
        CsvRows.read(new StringReader(text), (row, cells) -> rows.add(cells));
        return rows;
    }
}
