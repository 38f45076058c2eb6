package dev.tandem.shared.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Documents to print or send, as PDF, from the same Thymeleaf templates and message bundles as the pages: the
 * template is rendered in the reader's locale, read as HTML5, and laid out on A4 pages. Text is set in DejaVu Sans so
 * that Russian prints; inline {@code <svg>} diagrams are drawn; pictures come inline as {@code data:} URIs, because a
 * document never fetches anything (a user's text can never make the server request a URL).
 *
 * <p>The templates run outside a request, so they use {@code #{...}} messages and model values, not {@code @{...}}
 * links.
 */
@Component
public class PdfDocuments {

    /** The family every document is set in; templates may name it in their own CSS. */
    public static final String FONT = "DejaVu Sans";

    private static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    private static final String BASE_STYLE = "body { font-family: '" + FONT + "', sans-serif; font-size: 10pt; }"
            + " @page { size: A4; margin: 18mm 15mm; }";

    private final ITemplateEngine templates;
    private final List<Face> faces;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
        this.faces = List.of(
                new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
                new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
                new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
                new Face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));
    }

    /**
     * Documents from the class path's templates and message bundles, outside an application (a test, a benchmark): the
     * same templates and messages the application renders.
     */
    public static PdfDocuments standalone() {
        var resolver = new org.thymeleaf.templateresolver.ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        var messages = new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var engine = new org.thymeleaf.spring6.SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return new PdfDocuments(engine);
    }

    /** The HTML the template makes with the model in the locale, before it is laid out. */
    public String html(String template, Map<String, ?> model, Locale locale) {
        return templates.process(template, new Context(locale, Map.copyOf(model)));
    }

    /** The template rendered with the model in the locale, as the bytes of a PDF. */
    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        var page = Jsoup.parse(html(template, model, locale));
        page.head().prependElement("style").text(BASE_STYLE);
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(new W3CDom().fromJsoup(page), null)
                .useSVGDrawer(new BatikSVGDrawer())
                .useExternalResourceAccessControl(
                        (uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .toStream(out);
        for (var face : faces) {
            builder.useFont(face::open, FONT, face.weight(), face.style(), true);
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The document as a download named {@code fileName} (its extension included). */
    public ResponseEntity<byte[]> download(String template, Map<String, ?> model, Locale locale, String fileName) {
        return ResponseEntity.ok()
                .contentType(PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(render(template, model, locale));
    }

    /** One face of the family, read once and kept: a document embeds only the glyphs it uses. */
    private static final class Face {
        private final byte[] bytes;
        private final int weight;
        private final FontStyle style;

        Face(String file, int weight, FontStyle style) {
            try (var in = new ClassPathResource(FONTS + file).getInputStream()) {
                this.bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("the font " + file + " is not on the class path", e);
            }
            this.weight = weight;
            this.style = style;
        }

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        int weight() {
            return weight;
        }

        FontStyle style() {
            return style;
        }
    }
}
