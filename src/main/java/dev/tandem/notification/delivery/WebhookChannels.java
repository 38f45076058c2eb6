package dev.tandem.notification.delivery;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface WebhookChannels extends ListCrudRepository<WebhookChannel, UUID> {}
