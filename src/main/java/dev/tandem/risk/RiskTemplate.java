package dev.tandem.risk;

import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.risk.matrix.RiskMatrices;
import dev.tandem.risk.sheet.RiskColumn;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.imports.SheetTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The workbook to fill in and import: the columns an import reads (headers in the reader's language), each choice a
 * drop-down: the sites the viewer keeps and their areas, the hazard categories, the levels of the current matrix, yes
 * or no for fatal, the people of the owner company.
 */
@Component
class RiskTemplate {

    private static final List<RiskColumn> COLUMNS =
            Arrays.stream(RiskColumn.values()).filter(RiskColumn::imported).toList();

    private final OrganisationQueries organisations;
    private final OrganisationDirectory directory;
    private final HazardTaxonomy taxonomy;
    private final RiskMatrices matrices;
    private final MessageSource messages;

    RiskTemplate(
            OrganisationQueries organisations,
            OrganisationDirectory directory,
            HazardTaxonomy taxonomy,
            RiskMatrices matrices,
            MessageSource messages) {
        this.organisations = organisations;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.matrices = matrices;
        this.messages = messages;
    }

    /** The workbook for the viewer, who keeps the register of some site. */
    void write(OutputStream out, Viewer viewer, Locale locale) throws IOException {
        var kept = organisations.places().stream()
                .filter(site -> RiskAccess.canKeep(viewer, site.siteId()))
                .toList();
        var areas = new LinkedHashSet<String>();
        kept.forEach(site -> site.areas().forEach(area -> areas.add(area.label())));
        var matrix = matrices.current();
        new SheetTemplate<>(COLUMNS, messages, locale)
                .choices(
                        RiskColumn.SITE,
                        kept.stream().map(site -> site.siteName()).toList())
                .choices(RiskColumn.AREA, List.copyOf(areas))
                .choices(
                        RiskColumn.CATEGORY,
                        taxonomy.current().stream()
                                .map(category -> category.name(locale))
                                .toList())
                .choices(RiskColumn.OWNER, owners())
                .choices(
                        RiskColumn.FATAL,
                        List.of(
                                messages.getMessage("export.yes", null, locale),
                                messages.getMessage("export.no", null, locale)))
                .choices(RiskColumn.LIKELIHOOD, levels(matrix.likelihoodLevels()))
                .choices(RiskColumn.SEVERITY, levels(matrix.severityLevels()))
                .dates(RiskColumn.REVIEW_DATE)
                .write(out, messages.getMessage("risks.template.sheet", null, locale), RiskImporter.MAX_ROWS);
    }

    /** Owners by name; where several people share a name, each with their e-mail, as an import reads them. */
    private List<String> owners() {
        var people = directory.ownerCompanyPeople();
        var named = new HashMap<String, Integer>();
        people.forEach(person -> named.merge(person.fullName(), 1, Integer::sum));
        return people.stream()
                .map(person -> named.get(person.fullName()) > 1 && person.email() != null
                        ? person.fullName() + " <" + person.email() + ">"
                        : person.fullName())
                .distinct()
                .toList();
    }

    private static List<String> levels(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(Integer::toString).toList();
    }
}
