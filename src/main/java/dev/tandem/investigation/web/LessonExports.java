package dev.tandem.investigation.web;

import dev.tandem.investigation.lessons.LessonQueries;
import dev.tandem.investigation.lessons.LessonQueries.LessonFilter;
import dev.tandem.investigation.lessons.LessonQueries.LessonRow;
import dev.tandem.organisation.SiteSheets;
import dev.tandem.organisation.SiteTimes;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The library of lessons as a workbook or CSV file, as filtered, each card in the reader's language when it has it. */
@Component
record LessonExports(LessonQueries queries, SiteSheets sheets, MessageSource messages) {

    private static final List<String> HEADERS = List.of(
            "lesson.publishedAt",
            "lesson.status",
            "lesson.site",
            "lesson.category",
            "lesson.equipmentType",
            "lesson.rootClasses",
            "lesson.happened",
            "lesson.why",
            "lesson.learned",
            "lesson.did",
            "record.voidedColumn");

    ResponseEntity<StreamingResponseBody> lessons(String format, LessonFilter filter, Paging paging, Viewer viewer) {
        var rows = queries.lessons(filter, Paging.export(paging.sort()), viewer, language())
                .items();
        return sheets.export(format, "lessons", HEADERS, rows, this::cells);
    }

    static String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    private List<?> cells(LessonRow row, SiteTimes times) {
        return Arrays.asList(
                row.publishedAt() == null ? null : times.local(row.publishedAt(), row.siteId()),
                new DefaultMessageSourceResolvable("lesson.status." + row.status()),
                row.siteName(),
                new DefaultMessageSourceResolvable("lesson.category." + row.category()),
                row.equipmentType() == null
                        ? null
                        : new DefaultMessageSourceResolvable("equipment.type." + row.equipmentType()),
                String.join(
                        ", ",
                        row.rootClassList().stream()
                                .map(rootClass -> messages.getMessage(
                                        "investigation.rootClass." + rootClass, null, LocaleContextHolder.getLocale()))
                                .toList()),
                row.happened(),
                row.why(),
                row.learned(),
                row.did(),
                row.voided());
    }
}
