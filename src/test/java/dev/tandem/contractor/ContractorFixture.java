package dev.tandem.contractor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import dev.tandem.contractor.prequalification.ContractorRegister;
import dev.tandem.contractor.prequalification.DefinePolicy;
import dev.tandem.contractor.prequalification.PolicyRegister;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiCalls;
import dev.tandem.identity.Logins;
import dev.tandem.identity.OpenAccount;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.RegisterOrganisation;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * What the contractor tests need: a contractor of their own with its own supervisor (so that no test changes a demo
 * contractor another test reads), contractor types, and calls of the API as a user.
 */
public final class ContractorFixture {

    static final String PASSWORD = "contractor-test-password-1";
    static final byte[] PDF = "%PDF-1.4\n% a scan\n".getBytes(StandardCharsets.US_ASCII);

    public final Logins logins;
    public final JdbcClient jdbc;
    private final ApplicationContext context;
    private final ApiCalls calls;

    public ContractorFixture(MockMvc mvc, ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.logins = new Logins(context);
        this.calls = new ApiCalls(mvc, logins);
    }

    /** A new contractor and the username of its supervisor. */
    public record Contractor(UUID id, String supervisor) {}

    public Contractor contractor(String name) {
        var admin = logins.viewer("admin");
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var organisation = context.getBean(OrganisationRegister.class)
                .registerContractor(null, RegisterOrganisation.named(name + " " + tag), Viewer.system());
        var person = context.getBean(OrganisationRegister.class)
                .addPerson(null, RegisterPerson.named(organisation.id(), "Supervisor " + tag, "Foreman"), admin)
                .record();
        var username = "sup" + tag;
        context.getBean(Accounts.class)
                .open(new OpenAccount(username, person.id(), Set.of(Role.CONTRACTOR_SUPERVISOR), PASSWORD), admin);
        return new Contractor(organisation.id(), username);
    }

    /** A call of the API as the given user, a change made whatever the record's version; {@code json} may be null. */
    public ResultActions call(String username, AbstractMockHttpServletRequestBuilder<?> request, String json)
            throws Exception {
        return calls.call(username, request.header("If-Match", "*"), json == null ? null : json.replace('\'', '"'));
    }

    /** A type requiring an insurance certificate and a licence, defined by the safety department. */
    UUID type(int insuranceMinValidityDays) {
        var id = UUID.randomUUID();
        context.getBean(PolicyRegister.class)
                .define(
                        id,
                        new DefinePolicy(
                                "Type " + id,
                                java.util.List.of(
                                        new DefinePolicy.Requirement(
                                                "INSURANCE",
                                                "Insurance certificate",
                                                30,
                                                insuranceMinValidityDays,
                                                true),
                                        new DefinePolicy.Requirement("LICENCE", "Licence", 60, 0, false))),
                        logins.viewer("hse"));
        return id;
    }

    void classify(UUID contractor, UUID type) {
        context.getBean(ContractorRegister.class)
                .classify(contractor, dev.tandem.shared.Precondition.none(), type, logins.viewer("hse"));
    }

    /** Files a document over the API as the user. */
    ResultActions file(String username, UUID contractor, String code, LocalDate validUntil, byte[] scan)
            throws Exception {
        var request = multipart("/api/v1/contractors/{id}/documents", contractor)
                .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", scan))
                .param("code", code)
                .param("title", code + " certificate")
                .param("number", "No. 1")
                .param("validUntil", validUntil.toString());
        return call(username, request, null);
    }

    /** Moves the last valid day of the contractor's documents of a kind, as time passing would. */
    public void validUntil(UUID contractor, String code, LocalDate day) {
        jdbc.sql("update contractor_document set valid_until = :day where organisation_id = :id and code = :code")
                .param("day", day)
                .param("id", contractor)
                .param("code", code)
                .update();
    }

    long documents(UUID contractor) {
        return jdbc.sql("select count(*) from contractor_document where organisation_id = :id")
                .param("id", contractor)
                .query(Long.class)
                .single();
    }

    long scans(UUID contractor) {
        return jdbc.sql(
                        """
                        select count(*) from contractor_document_file f join contractor_document d on d.id = f.document_id
                        where d.organisation_id = :id""")
                .param("id", contractor)
                .query(Long.class)
                .single();
    }
}
