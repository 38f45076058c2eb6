import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.tandem.audit.InspectionReport;
import dev.tandem.shared.web.PdfDocuments;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/** Times the inspection report's PDF through PdfDocuments and through openhtmltopdf alone; see bench/inspection-pdf. */
public class InspectionPdfBench {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        var documents = PdfDocuments.standalone();
        var model = Map.<String, Object>of("report", report());
        var html = documents.html("audit/report", model, RUSSIAN);

        var bytes = 0;
        for (int i = 0; i < 3; i++) {
            bytes = documents.render("audit/report", model, RUSSIAN).length;
            bare(html);
        }
        var tandem = new long[rounds];
        var floor = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            var start = System.nanoTime();
            documents.render("audit/report", model, RUSSIAN);
            tandem[i] = System.nanoTime() - start;
            start = System.nanoTime();
            bare(html);
            floor[i] = System.nanoTime() - start;
        }
        Arrays.sort(tandem);
        Arrays.sort(floor);
        var loadAfter = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg")))
                .split(" ");
        System.out.printf(
                """
                ### Inspection report PDF (bench/inspection-pdf %d), on %s

                100 questions in 10 sections, 50 photos of 1600 x 1200 (%.1f MB of JPEG), a finding on every tenth, in
                Russian; the PDF is %.1f MB. %d rounds after 3 warm-ups, each round one render of each.

                | render | p50 | p95 (max of %d) | goal |
                |---|---|---|---|
                | shared.web.PdfDocuments (Thymeleaf + jsoup + openhtmltopdf) | %.2f s | %.2f s | <= 5 s |
                | openhtmltopdf alone on the same HTML (read by jsoup), same faces (floor) | %.2f s | %.2f s | |
                | ratio PdfDocuments / floor | %.2f | %.2f | |

                Load average %s before the build, %s %s %s after; %s.
                """,
                rounds,
                args[2],
                photoBytes / 1e6,
                bytes / 1e6,
                rounds,
                rounds,
                tandem[rounds / 2] / 1e9,
                tandem[rounds - 1 - rounds / 20] / 1e9,
                floor[rounds / 2] / 1e9,
                floor[rounds - 1 - rounds / 20] / 1e9,
                (double) tandem[rounds / 2] / floor[rounds / 2],
                (double) tandem[rounds - 1 - rounds / 20] / floor[rounds - 1 - rounds / 20],
                args[1],
                loadAfter[0],
                loadAfter[1],
                loadAfter[2],
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    static long photoBytes;

    /**
     * The same HTML laid out by openhtmltopdf with the faces it uses and the same base style, read by jsoup as
     * openhtmltopdf's HTML5 path needs (its own reader takes XHTML only), and nothing else: no template, no checks.
     */
    static byte[] bare(String html) throws Exception {
        var out = new ByteArrayOutputStream();
        var page = org.jsoup.Jsoup.parse(html);
        page.head().prependElement("style").text("body { font-family: '" + PdfDocuments.FONT + "', sans-serif;"
                + " font-size: 10pt; } @page { size: A4; margin: 18mm 15mm; }");
        var builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(new org.jsoup.helper.W3CDom().fromJsoup(page), null)
                .toStream(out);
        for (var face : List.of(
                new Object[] {"DejaVuSans.ttf", 400, FontStyle.NORMAL},
                new Object[] {"DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL})) {
            var file = InspectionPdfBench.class.getClassLoader()
                    .getResourceAsStream("net/sf/jasperreports/fonts/dejavu/" + face[0])
                    .readAllBytes();
            builder.useFont(() -> new java.io.ByteArrayInputStream(file), PdfDocuments.FONT, (Integer) face[1],
                    (FontStyle) face[2], true);
        }
        builder.run();
        return out.toByteArray();
    }

    static InspectionReport report() throws Exception {
        var random = new Random(17);
        var zone = ZoneId.of("Asia/Yekaterinburg");
        var lines = new ArrayList<InspectionReport.Line>();
        for (int i = 0; i < 100; i++) {
            var failed = i % 10 == 3;
            lines.add(new InspectionReport.Line(
                    i % 10 == 0 ? "Раздел " + (i / 10 + 1) + ": грузоподъёмные механизмы и стропы" : null,
                    "Вопрос " + (i + 1) + ": предохранительные замки всех крюков на месте и закрываются сами?",
                    failed ? "Нет" : "Да",
                    i % 4 == 0 ? "Проверено при обходе пролёта, замечание записано со слов машиниста" : null,
                    i % 2 == 0 ? photo(random) : null,
                    failed,
                    failed ? "Замок крюка 2 отогнут" : null,
                    failed
                            ? new InspectionReport.Action(
                                    "Заменить замок крюка", "Павел Власов", LocalDate.of(2026, 12, 13), "OPEN")
                            : null));
        }
        return new InspectionReport(
                "Предсменная проверка мостового крана",
                3,
                "audit.kind.INSPECTION",
                "audit.status.COMPLETED",
                "Конвертерный цех — Пролёт А",
                "ООО «СтройЛеса»",
                "ООО «СтройЛеса»",
                LocalDate.of(2026, 12, 6),
                "Михаил Титов",
                ZonedDateTime.of(2026, 12, 6, 10, 30, 0, 0, zone),
                new BigDecimal("270"),
                new BigDecimal("300"),
                new BigDecimal("90.0"),
                lines,
                List.of());
    }

    /** A phone photo as the outbox sends it: 1600 x 1200, JPEG, with enough detail to weigh what a real one weighs. */
    static String photo(Random random) throws Exception {
        var image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        for (int i = 0; i < 4000; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillRect(random.nextInt(1600), random.nextInt(1200), 8 + random.nextInt(60), 8 + random.nextInt(60));
        }
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        photoBytes += out.size();
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
