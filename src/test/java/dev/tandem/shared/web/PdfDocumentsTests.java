package dev.tandem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentsTests {

    private final PdfDocuments documents = PdfDocuments.standalone();

    @Test
    void printsRussianTextMessagesAndPicturesInTheReadersLanguage() throws IOException {
        var pdf = documents.render(
                "pdf-test/sample",
                Map.of("title", "Акт расследования № 7", "picture", png()),
                Locale.forLanguageTag("ru"));

        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Акт расследования № 7")
                    .contains("Сменить пароль")
                    .contains("line two");
            var fonts = new ArrayList<String>();
            for (var page : document.getPages()) {
                page.getResources().getFontNames().forEach(name -> {
                    try {
                        fonts.add(page.getResources().getFont(name).getName());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
            assertThat(document.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
    }

    @Test
    void printsTheSameTemplateInEnglish() throws IOException {
        var pdf = documents.render("pdf-test/sample", Map.of("title", "Report 7", "picture", png()), Locale.ENGLISH);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Report 7")
                    .contains("Change password");
        }
    }

    @Test
    void offersTheDocumentAsADownloadWithItsName() {
        var answer = documents.download(
                "pdf-test/sample", Map.of("title", "x", "picture", png()), Locale.ENGLISH, "Расследование 7.pdf");

        assertThat(answer.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("Расследование 7.pdf");
        assertThat(answer.getBody()).startsWith("%PDF".getBytes());
    }

    private static String png() {
        var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
