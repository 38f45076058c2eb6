package dev.tandem.contractor.prequalification;

import dev.tandem.contractor.ContractorDocument;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

public interface ContractorDocuments extends CrudRepository<ContractorDocument, UUID> {

    @Query("select * from contractor_document where organisation_id = :organisationId"
            + " order by voided_at is not null, code, valid_until desc, created_at desc")
    List<ContractorDocument> findByOrganisation(UUID organisationId);
}
