package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An event, an action and the dashboard print on one or two A4 pages: the record, not the menu or the buttons. */
@BrowserTest
class PrintBrowserTests extends BrowserJourney {

    /** A4 in PostScript points, as a PDF measures its pages. */
    private static final float A4_WIDTH = 595.3f;

    private static final float A4_HEIGHT = 841.9f;

    @Autowired
    JdbcClient jdbc;

    PrintBrowserTests() {
        super(Browser::desktop);
    }

    @BeforeEach
    void signInAsTheSafetyDepartment() {
        signIn("hse");
    }

    @Test
    void anEventPrintsItsRecordWithoutTheMenuOrTheForms() throws Exception {
        var event = jdbc.sql(
                        """
                        select id, description from safety_event
                        where type = 'INCIDENT' and voided_at is null order by reported_at desc limit 1""")
                .query((rs, row) -> new String[] {rs.getString("id"), rs.getString("description")})
                .single();
        var text = printed("/events/" + event[0]);
        assertThat(text).contains(event[1]).contains("History");
        assertThat(text).doesNotContain("Sign out", "Registers", "Save", "Reason for voiding");
    }

    @Test
    void anActionPrintsItsRecordWithoutTheMenuOrTheSteps() throws Exception {
        var title = jdbc.sql(
                        "select id, title from corrective_action where voided_at is null and status = 'IN_PROGRESS' limit 1")
                .query((rs, row) -> new String[] {rs.getString("id"), rs.getString("title")})
                .single();
        var text = printed("/actions/" + title[0]);
        assertThat(text).contains(title[1]).contains("Due");
        assertThat(text).doesNotContain("Sign out", "Registers", "Save");
    }

    @Test
    void theDashboardPrintsItsFiguresAndSaysWhatTheyCover() throws Exception {
        // its table of sites grows with the plant (and with the sites other tests add): the headline figures open
        // the first page, whatever follows
        var text = printed("/dashboard", Integer.MAX_VALUE);
        assertThat(text.substring(0, text.indexOf(PAGE_BREAK)))
                .contains("LTIFR")
                .contains("Whole enterprise");
        assertThat(text).doesNotContain("Sign out", "Registers");
    }

    /** Prints the page on A4 as Chromium does, checks the paper and returns the printed text. */
    private String printed(String path) throws Exception {
        return printed(path, 2);
    }

    /** Between the printed pages' text. */
    private static final String PAGE_BREAK = "\f";

    private String printed(String path, int mostPages) throws Exception {
        open(path);
        var options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setBackground(true);
        var pdf = Base64.getDecoder().decode(browser.print(options).getContent());
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("pages of %s", path).isBetween(1, mostPages);
            for (var page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(A4_WIDTH, offset(2f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(A4_HEIGHT, offset(2f));
            }
            var stripper = new PDFTextStripper();
            stripper.setPageEnd(PAGE_BREAK);
            return stripper.getText(document);
        }
    }
}
