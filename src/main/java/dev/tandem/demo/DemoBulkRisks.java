package dev.tandem.demo;

import dev.tandem.demo.DemoActionPlans.Staff;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.organisation.OrganisationQueries.SitePlaces;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The risk register of an enterprise-scale plant, written with COPY as the bulk events are: {@code risks} risks over
 * every area of every site, {@code fatal} of them fatal (in the categories that kill in a steel works), and
 * {@code eliminated} of the fatal ones eliminated by a compensating measure that was done and verified by the safety
 * department, then reassessed into the matrix's lowest band. Of the others, some are still only identified, most
 * assessed, a fifth mitigated (again after a verified measure, never from one merely planned) and a few accepted by
 * the director in writing. As with the other bulk rows, the steps have no entries in the change history.
 */
final class DemoBulkRisks {

    static final String RISK_COLUMNS = "id, external_id, site_id, area_id, activity, hazard_category_id, hazard,"
            + " unwanted_event, consequence, owner_person_id, review_date, fatal, status, matrix_id, likelihood,"
            + " severity, band, residual_matrix_id, residual_likelihood, residual_severity, residual_band,"
            + " acceptance_justification, accepted_by, created_at, version";
    static final String ASSESSMENT_COLUMNS = "risk, risk_key, stage, matrix_id, likelihood, severity, band, note,"
            + " assessed_at, assessed_by, assessed_name";
    static final String MEASURE_COLUMNS = "id, title, description, source_type, source_id, source_category, site_id,"
            + " owner_person_id, responsible_organisation_id, due_date, priority, status, created_at, done_at,"
            + " completion_note, verified_at, verified_by, verification_note, version";

    /** The categories whose credible worst outcome in a steel works is a death. */
    private static final List<String> FATAL_CATEGORIES = List.of(
            "MOLTEN_METAL", "GAS", "CONFINED_SPACE", "ENERGY_ISOLATION", "WORK_AT_HEIGHT", "TRAFFIC", "LIFTING");

    /** A hazard category of the register's taxonomy. */
    private record Category(UUID id, String code) {}

    /** The register's current matrix: its levels and the band of every cell, likelihood-major. */
    private record Matrix(UUID id, int likelihoodLevels, int severityLevels, String[] bands) {

        String band(int likelihood, int severity) {
            return bands[(likelihood - 1) * severityLevels + severity - 1];
        }

        String lowestBand() {
            return java.util.Arrays.stream(bands)
                    .min(java.util.Comparator.comparingInt(BANDS::indexOf))
                    .orElseThrow();
        }
    }

    private static final List<String> BANDS = List.of("LOW", "MEDIUM", "HIGH", "EXTREME");

    /** What was written. */
    record Written(int risks, int fatal, int eliminated, int assessments, int measures) {}

    private final int risks;
    private final int fatal;
    private final int eliminated;
    private final List<SitePlaces> places;
    private List<Category> categories;
    private Matrix matrix;
    private final Staff staff;
    private final Worker director;
    private final UUID ownerCompany;
    private final Instant now;
    private final LocalDate today;
    private final DemoRiskTexts texts;
    private final Random random;

    DemoBulkRisks(DemoProperties.Bulk size, List<SitePlaces> places, DemoRiskContext context) {
        this.risks = size.risks();
        this.fatal = Math.min(size.fatalRisks(), size.risks());
        this.eliminated = Math.min(size.eliminatedFatalRisks(), fatal);
        this.places = places;
        this.staff = context.staff();
        this.director = context.director();
        this.ownerCompany = context.ownerCompany();
        this.now = context.now();
        this.today = LocalDate.ofInstant(now, DemoCatalogue.ZONE);
        this.texts = context.texts();
        this.random = new Random(DemoRun.SEED + 11);
    }

    /** Who and when: the plant the register belongs to. */
    record DemoRiskContext(Staff staff, Worker director, UUID ownerCompany, Instant now, DemoRiskTexts texts) {}

    /** Writes the register in the caller's transaction. */
    Written write(Connection connection) throws SQLException {
        categories = categories(connection);
        matrix = matrix(connection);
        var areas = new ArrayList<UUID[]>();
        places.forEach(site -> site.areas().forEach(area -> areas.add(new UUID[] {site.siteId(), area.id()})));
        if (areas.isEmpty() || risks == 0) {
            return new Written(0, 0, 0, 0, 0);
        }
        var fatalCategories = categories.stream()
                .filter(category -> FATAL_CATEGORIES.contains(category.code()))
                .toList();
        var entries = DemoCopy.into(connection, "risk_entry", RISK_COLUMNS);
        var assessments = new Later();
        var measures = new Later();
        // fatal risks are spread evenly through the register: every (risks / fatal)-th one
        double fatalEvery = fatal == 0 ? Double.MAX_VALUE : (double) risks / fatal;
        int fatalSoFar = 0;
        for (int n = 0; n < risks; n++) {
            var place = areas.get(n % areas.size());
            boolean isFatal = fatalSoFar < fatal && n >= fatalSoFar * fatalEvery;
            var category = isFatal
                    ? fatalCategories.get(random.nextInt(fatalCategories.size()))
                    : categories.get(random.nextInt(categories.size()));
            var risk = new Drawn(n, place[0], place[1], category, isFatal, isFatal && fatalSoFar < eliminated);
            if (isFatal) {
                fatalSoFar++;
            }
            write(risk, entries, assessments, measures);
        }
        long written = entries.finish();
        long assessed = assessments.into(connection, "risk_assessment", ASSESSMENT_COLUMNS);
        long measured = measures.into(connection, "corrective_action", MEASURE_COLUMNS);
        return new Written((int) written, fatalSoFar, eliminated, (int) assessed, (int) measured);
    }

    /** One risk as drawn: where, what, and how far its people have come with it. */
    private final class Drawn {
        final UUID id;
        final int n;
        final UUID siteId;
        final UUID areaId;
        final Category category;
        final boolean fatal;
        final String status;
        final int likelihood;
        final int severity;
        final Instant createdAt;
        final Instant assessedAt;
        final Worker owner;

        Drawn(int n, UUID siteId, UUID areaId, Category category, boolean fatal, boolean eliminated) {
            this.id = DemoRun.id("risk", n);
            this.n = n;
            this.siteId = siteId;
            this.areaId = areaId;
            this.category = category;
            this.fatal = fatal;
            this.owner = staff.areaManagers()
                    .getOrDefault(areaId, staff.safetyDepartment().get(0));
            this.createdAt = now.minus(Duration.ofMinutes(60L * 24 * 30 + random.nextInt(60 * 24 * 1000)));
            this.assessedAt = createdAt.plus(Duration.ofMinutes(60 + random.nextInt(60 * 24 * 20)));
            int draw = random.nextInt(100);
            this.status = eliminated
                    ? "ELIMINATED"
                    : fatal
                            ? (draw < 70 ? "ASSESSED" : "MITIGATED")
                            : draw < 12 ? "IDENTIFIED" : draw < 75 ? "ASSESSED" : draw < 95 ? "MITIGATED" : "ACCEPTED";
            this.severity = fatal ? matrix.severityLevels() : 1 + random.nextInt(matrix.severityLevels() - 1);
            this.likelihood = fatal
                    ? 2 + random.nextInt(matrix.likelihoodLevels() - 2)
                    : 1 + random.nextInt(matrix.likelihoodLevels());
        }

        boolean assessed() {
            return !status.equals("IDENTIFIED");
        }

        boolean measured() {
            return status.equals("MITIGATED") || status.equals("ELIMINATED");
        }

        /** After the measure: the lowest cell when eliminated, else one step less likely, but not in the lowest band. */
        int[] residual() {
            if (status.equals("ELIMINATED")) {
                return new int[] {1, 1};
            }
            int l = Math.max(1, likelihood - 1);
            int s = severity;
            while (matrix.band(l, s).equals(matrix.lowestBand()) && l < matrix.likelihoodLevels()) {
                l++;
            }
            return new int[] {l, s};
        }
    }

    private void write(Drawn risk, DemoCopy entries, Later assessments, Later measures) throws SQLException {
        var text = texts.of(risk.category.code(), risk.n);
        var residual = risk.measured() ? risk.residual() : null;
        entries.add(risk.id)
                .add("R-%06d".formatted(risk.n + 1))
                .add(risk.siteId)
                .add(risk.areaId)
                .add(text.activity())
                .add(risk.category.id())
                .add(text.hazard())
                .add(text.unwantedEvent())
                .add(text.consequence())
                .add(risk.owner.personId())
                .add(today.plusDays(-60 + random.nextInt(425)))
                .add(risk.fatal)
                .add(risk.status)
                .add(risk.assessed() ? matrix.id() : null)
                .add(risk.assessed() ? risk.likelihood : null)
                .add(risk.assessed() ? risk.severity : null)
                .add(risk.assessed() ? matrix.band(risk.likelihood, risk.severity) : null)
                .add(residual == null ? null : matrix.id())
                .add(residual == null ? null : residual[0])
                .add(residual == null ? null : residual[1])
                .add(residual == null ? null : matrix.band(residual[0], residual[1]))
                .add(risk.status.equals("ACCEPTED") ? texts.acceptance() : null)
                .add(risk.status.equals("ACCEPTED") ? director.personId() : null)
                .add(risk.createdAt)
                .add(risk.assessed() ? (residual == null ? 1 : 3) : 0)
                .row();
        if (!risk.assessed()) {
            return;
        }
        var assessor =
                staff.safetyDepartment().get(risk.n % staff.safetyDepartment().size());
        assessment(assessments, risk, 0, "INHERENT", risk.likelihood, risk.severity, risk.assessedAt, assessor);
        if (residual == null) {
            return;
        }
        var done = risk.assessedAt.plus(Duration.ofDays(10 + random.nextInt(80)));
        var verified = done.plus(Duration.ofDays(1 + random.nextInt(10)));
        if (verified.isAfter(now)) {
            verified = now.minus(Duration.ofHours(1));
            done = verified.minus(Duration.ofHours(2));
        }
        measures.add(DemoRun.id("risk-measure", risk.n))
                .add(texts.measure(risk.category.code()))
                .add(null)
                .add("RISK")
                .add(risk.id)
                .add(null)
                .add(risk.siteId)
                .add(risk.owner.personId())
                .add(ownerCompany)
                .add(LocalDate.ofInstant(done, DemoCatalogue.ZONE).plusDays(random.nextInt(5)))
                .add(risk.fatal ? "CRITICAL" : "HIGH")
                .add("VERIFIED")
                .add(risk.assessedAt)
                .add(done)
                .add(texts.done())
                .add(verified)
                .add(verifier(assessor, risk.owner).personId())
                .add(texts.verified())
                .add(4)
                .row();
        assessment(assessments, risk, 1, "RESIDUAL", residual[0], residual[1], verified, assessor);
    }

    /** Rows kept until the register's own COPY has ended: a connection copies into one table at a time. */
    private static final class Later {
        private final List<List<Object>> rows = new ArrayList<>();
        private List<Object> current = new ArrayList<>();

        Later add(Object value) {
            current.add(value);
            return this;
        }

        void row() {
            rows.add(current);
            current = new ArrayList<>();
        }

        long into(Connection connection, String table, String columns) throws SQLException {
            var copy = DemoCopy.into(connection, table, columns);
            for (var row : rows) {
                for (var value : row) {
                    copy.add(value);
                }
                copy.row();
            }
            return copy.finish();
        }
    }

    /** Four eyes: a measure is verified by someone of the safety department other than its owner. */
    private Worker verifier(Worker assessor, Worker owner) {
        if (!assessor.personId().equals(owner.personId())) {
            return assessor;
        }
        var department = staff.safetyDepartment();
        return department.get((department.indexOf(assessor) + 1) % department.size());
    }

    /** The taxonomy as the migrations seeded it and the safety department keeps it. */
    private static List<Category> categories(Connection connection) throws SQLException {
        var categories = new ArrayList<Category>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select id, code from hazard_category where voided_at is null order by code")) {
            while (rows.next()) {
                categories.add(new Category(rows.getObject(1, UUID.class), rows.getString(2)));
            }
        }
        return categories;
    }

    private static Matrix matrix(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select id, likelihood_levels, severity_levels, bands"
                        + " from risk_matrix order by number desc limit 1")) {
            rows.next();
            return new Matrix(rows.getObject(1, UUID.class), rows.getInt(2), rows.getInt(3), (String[])
                    rows.getArray(4).getArray());
        }
    }

    private void assessment(
            Later copy, Drawn risk, int key, String stage, int likelihood, int severity, Instant at, Worker by) {
        copy.add(risk.id)
                .add(key)
                .add(stage)
                .add(matrix.id())
                .add(likelihood)
                .add(severity)
                .add(matrix.band(likelihood, severity))
                .add(null)
                .add(at)
                .add(null)
                .add(by.name())
                .row();
    }
}
