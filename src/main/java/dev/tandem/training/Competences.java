package dev.tandem.training;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Competences extends ListCrudRepository<Competence, UUID> {}
