package dev.tandem.contractor.access;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.organisation.Membership;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Viewer;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contractor workers' site access credentials: a random code per person that their QR carries. The safety department
 * and the contractor's own supervisor issue them; issuing again replaces the code, so a lost badge opens nothing.
 */
@Component
@Transactional
public class Credentials {

    /** Letters and digits that read unambiguously when typed from a damaged badge. */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final OrganisationDirectory directory;
    private final Clock clock;

    Credentials(JdbcClient jdbc, OrganisationDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /** A contractor's current person and their code, if one was issued. */
    public record Credential(UUID personId, String fullName, UUID organisationId, String code) {}

    /** The contractor's current people with their codes, by name. */
    @Transactional(readOnly = true)
    public List<Credential> of(UUID organisationId, Viewer viewer) {
        ContractorAccess.requireRead(viewer, organisationId);
        return jdbc.sql(
                        """
                        select p.id as person_id, p.full_name, p.organisation_id, c.code
                        from person p left join contractor_credential c on c.person_id = p.id
                        where p.organisation_id = :organisation and p.voided_at is null order by p.full_name, p.id""")
                .param("organisation", organisationId)
                .query(RecordRows.of(Credential.class))
                .list();
    }

    /** Issues a new code for a contractor's person, replacing any earlier one. */
    public Credential issue(UUID organisationId, UUID personId, Viewer viewer) {
        ContractorAccess.requireSubmit(viewer, organisationId);
        var person = member(organisationId, personId);
        var code = code();
        jdbc.sql(
                        """
                        insert into contractor_credential (person_id, code, issued_at, issued_by)
                        values (:person, :code, :at, :by)
                        on conflict (person_id) do update set code = excluded.code, issued_at = excluded.issued_at,
                            issued_by = excluded.issued_by""")
                .param("person", personId)
                .param("code", code)
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", viewer.userId())
                .update();
        return new Credential(personId, person.fullName(), organisationId, code);
    }

    /** The person a code names, if it is current. */
    @Transactional(readOnly = true)
    public Optional<Membership> holder(String code) {
        var normalised = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        return jdbc.sql("select person_id from contractor_credential where code = :code")
                .param("code", normalised)
                .query(UUID.class)
                .optional()
                .flatMap(directory::membership);
    }

    private Membership member(UUID organisationId, UUID personId) {
        return directory
                .membership(personId)
                .filter(member -> member.organisationId().equals(organisationId) && member.contractor())
                .orElseThrow(() -> new NotFoundException("Person", personId));
    }

    private String code() {
        var code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
