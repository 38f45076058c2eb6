package dev.tandem.identity.accounts;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

    @Query("select * from user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByPersonId(UUID personId);
}
