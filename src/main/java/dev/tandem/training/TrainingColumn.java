package dev.tandem.training;

import dev.tandem.shared.imports.SheetColumn;

/** The columns of training records in a spreadsheet, as the import reads them and the template writes them. */
enum TrainingColumn implements SheetColumn {
    PERSON("person"),
    COMPETENCE("competence"),
    COMPLETED_ON("completedOn"),
    RESULT("result"),
    TRAINER("trainer"),
    PROVIDER("provider"),
    EVIDENCE_REFERENCE("evidenceReference"),
    EXPIRES_ON("expiresOn"),
    EXTERNAL_ID("externalId");

    /** The message code prefix of the columns' headers, as a page names them in a list of wrong cells. */
    static final String HEADERS = "training.import.column.";

    private final String key;

    TrainingColumn(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String headerCode() {
        return HEADERS + key;
    }
}
