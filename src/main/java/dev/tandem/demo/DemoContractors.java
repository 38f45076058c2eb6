package dev.tandem.demo;

import dev.tandem.contractor.ContractorManagement;
import dev.tandem.contractor.DocumentFiling;
import dev.tandem.contractor.SubmitDocument;
import dev.tandem.contractor.engagement.PlanEngagement;
import dev.tandem.contractor.prequalification.DefinePolicy;
import dev.tandem.demo.DemoActionPlans.Actor;
import dev.tandem.demo.DemoPeople.Contracted;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.demo.DemoWorkingPeriods.Story;
import dev.tandem.demo.DemoWorkingPeriods.Tenure;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.risk.RiskFilter;
import dev.tandem.risk.RiskQueries.RiskRow;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo plant's contractors as the safety department and their mentors worked with them over the year, through the
 * contractor module's own commands: three contractor types and the documents each requires; every contractor moved
 * along its lifecycle with its reasons; those that came to work filed their documents, agreed an engagement with the
 * line manager who owns its area (the mentors took the mentor's course first), its risk review picked from the
 * register and signed by both sides, and went through their first month. One is in its onboarding month with some
 * steps ticked; one works on with an insurance certificate that expired twelve days ago, so it takes no new work; one
 * waits for the safety department to approve its documents; one was suspended, one offboarded, one is prospective.
 */
final class DemoContractors {

    private static final Logger log = LoggerFactory.getLogger(DemoContractors.class);

    /** Each contractor's type, by its catalogue key. */
    private static final Map<String, String> TYPES = Map.of(
            "scaffolding", "construction",
            "refractory", "construction",
            "welding", "construction",
            "insulation", "construction",
            "demolition", "construction",
            "electrical", "lifting",
            "cranes", "lifting",
            "cleaning", "services",
            "transport", "services",
            "catering", "services");

    /** The keys of the contractor types the demo defines, each with its name among the demo's texts. */
    static Set<String> types() {
        return REQUIRED.keySet();
    }

    /** The codes of the documents the demo's contractor types require, each with its name and title. */
    static Set<String> documentCodes() {
        return REQUIRED.values().stream()
                .flatMap(List::stream)
                .map(Required::code)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The documents each type requires: warning days, days of validity left at start, binding running work. */
    private record Required(String code, int warnDays, int minValidityDays, boolean appliesToRunning) {}

    private static final Map<String, List<Required>> REQUIRED = Map.of(
            "construction", List.of(new Required("INSURANCE", 30, 60, true), new Required("SRO", 30, 30, false)),
            "lifting",
                    List.of(
                            new Required("INSURANCE", 30, 60, true),
                            new Required("LICENCE", 60, 90, true),
                            new Required("ELECTRICAL", 30, 30, true)),
            "services", List.of(new Required("INSURANCE", 30, 60, true), new Required("MEDICAL", 14, 30, false)));

    /**
     * The onboarding's steps ticked by hand: induction, safety culture, site walk and document check. The first joint
     * inspection and the first rotation meeting are ticked by their records.
     */
    private static final int HAND_TICKED = 4;

    /** How many risks of the register each risk review picks. */
    private static final int RISKS = 3;

    private final ContractorManagement contractors;
    private final DocumentFiling documents;
    private final DemoServices services;
    private final DemoTimeline timeline;
    private final DemoTexts texts;
    private final DemoPeople people;
    private final DemoWorkingPeriods periods;
    private final BiConsumer<Tenure, UUID> engaged;
    private final Viewer safetyDepartment;
    private final LocalDate today;
    private final Map<String, UUID> types = new LinkedHashMap<>();
    private int sequence;
    private int engagements;
    private int filed;
    private int ticked;

    DemoContractors(
            DemoServices services,
            DemoTimeline timeline,
            DemoTexts texts,
            DemoPeople people,
            DemoWorkingPeriods periods,
            BiConsumer<Tenure, UUID> engaged) {
        this.contractors = services.contractors();
        this.documents = services.contractorDocuments();
        this.services = services;
        this.timeline = timeline;
        this.texts = texts;
        this.people = people;
        this.periods = periods;
        this.engaged = engaged;
        this.safetyDepartment = new Actor(people.login(DemoLogin.HSE), Role.HSE_SPECIALIST).viewer();
        this.today = LocalDate.ofInstant(timeline.now(), DemoCatalogue.ZONE);
    }

    /** The line managers who mentor the contractors' engagements, each once, for their course before the first. */
    List<UUID> mentors() {
        return periods.tenures().stream()
                .filter(tenure -> tenure.story().engaged())
                .map(tenure -> tenure.mentor().personId())
                .distinct()
                .toList();
    }

    /** The Monday the mentors took their course, before their first engagement. */
    LocalDate mentorCourseDay() {
        return today.minusDays(430)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    /** Tells every contractor's story, and logs how much of it was written. */
    void generate() {
        long started = System.nanoTime();
        on(420, () -> defineTypes());
        var all = periods.tenures();
        for (int n = 0; n < all.size(); n++) {
            tell(all.get(n), n);
        }
        log.info(
                "Demo mode: {} contractors along their lifecycle, {} engagements with mentors and signed risk reviews,"
                        + " {} documents filed, {} onboarding steps ticked in {} ms",
                all.size(),
                engagements,
                filed,
                ticked,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void defineTypes() {
        for (var type :
                REQUIRED.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            var requirements = type.getValue().stream()
                    .map(required -> new DefinePolicy.Requirement(
                            required.code(),
                            texts.text("contractorDocument." + required.code()),
                            required.warnDays(),
                            required.minValidityDays(),
                            required.appliesToRunning()))
                    .toList();
            var name = texts.text("contractorType." + type.getKey());
            types.put(
                    type.getKey(),
                    contractors.defineType(id("type"), new DefinePolicy(name, requirements), safetyDepartment));
        }
    }

    /**
     * One contractor's time at the plant, on the days its tenure gives: its documents filed and approved, its
     * engagement agreed and started (and told to {@code engaged}, which plans its rotations), its first month's steps
     * ticked by hand (the joint inspection and the rotation meeting left to the records of them), and the status it
     * ends in.
     */
    private void tell(Tenure tenure, int n) {
        var contractor = tenure.contractor();
        var story = tenure.story();
        int began = tenure.began();
        var type = types.get(TYPES.get(contractor.key()));
        on(began, () -> contractors.classify(contractor.id(), type, safetyDepartment));
        if (story == Story.PROSPECTIVE) {
            return;
        }
        on(began, () -> status(contractor, OrganisationStatus.ONBOARDING));
        var filedNow = file(contractor, began - 2, n);
        if (story == Story.DOCUMENTS_SUBMITTED) {
            return;
        }
        on(began - 3, () -> filedNow.forEach(document -> approve(document)));
        var engagement = engage(tenure, tenure.started() + 2, n);
        engaged.accept(tenure, engagement);
        var mentor = tenure.mentor();
        for (int step = 0; step < HAND_TICKED; step++) {
            // a step every other day from the day after the start
            int day = tenure.started() - 1 - 2 * step;
            on(day, () -> tickNext(contractor, mentor));
        }
        switch (story) {
            case WORKING, INSURANCE_EXPIRED -> on(began - 40, () -> status(contractor, OrganisationStatus.ACTIVE));
            case SUSPENDED, OFFBOARDED -> {
                on(began - 40, () -> status(contractor, OrganisationStatus.ACTIVE));
                on(tenure.left(), () -> contractors.closeEngagement(engagement, viewer(mentor, Role.LINE_MANAGER)));
                on(tenure.left() - 1, () -> status(contractor, story.status));
            }
            default -> {}
        }
    }

    private void status(Contracted contractor, OrganisationStatus next) {
        contractors.changeStatus(contractor.id(), next, texts.text("contractorStatus." + next), safetyDepartment);
    }

    /** The supervisor files each document the contractor's type requires; answers the documents filed. */
    private List<UUID> file(Contracted contractor, int daysAgo, int n) {
        var supervisor = viewer(contractor.supervisor(), Role.CONTRACTOR_SUPERVISOR);
        var filedNow = new ArrayList<UUID>();
        for (var required : REQUIRED.get(TYPES.get(contractor.key()))) {
            // numbered as the issuers number them, in digits whatever the plant's language: region, serial, year
            var number = "74-%04d/%02d".formatted(1000 + 37 * n + filed, (today.getYear() - 1) % 100);
            var document = new SubmitDocument(
                    required.code(),
                    texts.text("contractorDocument." + required.code() + ".title"),
                    number,
                    validUntil(periods.tenure(contractor).story(), required.code(), n));
            var id = id("document");
            on(daysAgo, () -> documents.submit(id, contractor.id(), document, scan(number), supervisor));
            filedNow.add(id);
            filed++;
        }
        return filedNow;
    }

    /**
     * Most documents last the better part of another year; the expired insurance expired twelve days ago, and an
     * active contractor's crew certificates expire within their warning days.
     */
    private LocalDate validUntil(Story story, String code, int n) {
        if (story == Story.INSURANCE_EXPIRED && code.equals("INSURANCE")) {
            return today.minusDays(12);
        }
        if (story == Story.WORKING && code.equals("ELECTRICAL")) {
            return today.plusDays(20);
        }
        return today.plusDays(200 + 15 * (n % 10));
    }

    private void approve(UUID document) {
        documents.review(document, Precondition.none(), true, null, safetyDepartment);
    }

    /**
     * The mentor plans the engagement, picks its risks and signs; the supervisor signs the next day; the mentor starts
     * the work the day after, the day the tenure's work starts.
     */
    private UUID engage(Tenure tenure, int daysAgo, int n) {
        var contractor = tenure.contractor();
        var mentor = viewer(tenure.mentor(), Role.LINE_MANAGER);
        var supervisor = viewer(contractor.supervisor(), Role.CONTRACTOR_SUPERVISOR);
        var area = tenure.area();
        var site = services.structure().currentArea(area).orElseThrow().siteId();
        var startsOn = LocalDate.ofInstant(moment(daysAgo - 2), DemoCatalogue.ZONE);
        var endsOn =
                switch (tenure.story()) {
                    case OFFBOARDED -> today.minusDays(tenure.left());
                    case SUSPENDED -> today.plusDays(60);
                    default -> today.plusDays(120 + 5 * (n % 10));
                };
        var plan = new PlanEngagement(
                id("engagement"),
                contractor.id(),
                site,
                List.of(area),
                startsOn,
                endsOn,
                texts.text("contractor." + contractor.key() + ".scope"),
                4 + n % 10,
                mentor.personId());
        var engagement = timeline.at(moment(daysAgo), () -> contractors.planEngagement(plan, mentor));
        on(daysAgo, () -> risks(area).forEach(risk -> contractors.addRisk(engagement, risk.id(), mentor)));
        on(daysAgo, () -> contractors.signRiskReview(engagement, mentor));
        on(daysAgo - 1, () -> contractors.signRiskReview(engagement, supervisor));
        on(daysAgo - 2, () -> contractors.startEngagement(engagement, mentor));
        engagements++;
        return engagement;
    }

    private void tickNext(Contracted contractor, Worker mentor) {
        var viewer = viewer(mentor, Role.LINE_MANAGER);
        contractors.stepsToTick(contractor.id(), viewer).stream().findFirst().ifPresent(step -> {
            contractors.tick(contractor.id(), step, viewer);
            ticked++;
        });
    }

    /** The first risks of the area's register, with the fatal ones first. */
    private List<RiskRow> risks(UUID area) {
        var inArea = new RiskFilter(null, null, area, null, null, null, null, null, null, null, null, null, false);
        return services.riskQueries()
                .risks(inArea, Paging.first(RISKS), safetyDepartment)
                .items();
    }

    private static Viewer viewer(Worker worker, Role role) {
        return new Actor(worker, role).viewer();
    }

    private Instant moment(int daysAgo) {
        return timeline.now().minus(Duration.ofDays(daysAgo));
    }

    private void on(int daysAgo, Runnable step) {
        timeline.at(moment(daysAgo), () -> {
            step.run();
            return null;
        });
    }

    private UUID id(String kind) {
        return DemoRun.id("contractor-" + kind, sequence++);
    }

    /** A one-page PDF that shows the document's number, as a scan of it would. */
    static byte[] scan(String number) {
        var text = "BT /F1 24 Tf 72 760 Td (" + number.replaceAll("[^A-Za-z0-9 /-]", "") + ") Tj ET";
        var objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new ArrayList<Integer>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append("%010d 00000 n \n".formatted(offset)));
        pdf.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
