package dev.tandem.kpi.screens;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface DisplayScreens extends ListCrudRepository<DisplayScreen, UUID> {

    Optional<DisplayScreen> findByTokenHash(String tokenHash);
}
