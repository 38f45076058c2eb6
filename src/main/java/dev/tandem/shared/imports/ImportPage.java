package dev.tandem.shared.imports;

/**
 * Where the pages of one kind of import are: {@code base + "/import"} (the form, and where the file is sent),
 * {@code base + "/imports/{id}"} (a job's page) and {@code base + "/template.xlsx"}.
 *
 * @param kind what is imported, the name of its jobs (only its own jobs show on its page)
 * @param view the page's template
 * @param base where the pages are
 * @param columnPrefix the message code prefix of the columns, as errors name them
 * @param formats what the import reads
 */
public record ImportPage(String kind, String view, String base, String columnPrefix, SheetFiles.Formats formats) {

    public String uploadPath() {
        return base + "/import";
    }

    public String jobPath() {
        return base + "/imports/";
    }

    public String templatePath() {
        return base + "/template.xlsx";
    }

    /** The kinds of file the page's file input offers. */
    public String accept() {
        var xlsx = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return formats == SheetFiles.Formats.XLSX ? xlsx : xlsx + ",.csv,text/csv";
    }
}
