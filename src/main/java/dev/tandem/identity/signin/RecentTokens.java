package dev.tandem.identity.signin;

import dev.tandem.identity.accounts.AccountChanged;
import dev.tandem.organisation.OrganisationVoided;
import dev.tandem.organisation.PersonChanged;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The API tokens this node signed in lately, each with its viewer, kept for {@link
 * IdentityProperties#tokenRecheckAfter()} (5 s): a client that sends many requests pays the sign-in statement once in
 * that time, not with every request. What changes who a token acts as is applied at once on this node, where it is
 * done: a token revoked, an account's roles or its being enabled, a person's details or voiding, an organisation
 * voided; on other nodes, once their copy is older than that time. A token not found is not kept, so one just issued
 * works at once.
 */
@Component
class RecentTokens {

    /** More tokens than this in use within the time kept (never expected) start the list afresh. */
    private static final int MOST = 10_000;

    private record Kept(SignedIn signedIn, long until) {}

    private final ConcurrentHashMap<String, Kept> byHash = new ConcurrentHashMap<>();
    private final long keptNanos;

    /** Counts what was forgotten, so that a sign-in read while something was forgotten is not kept afterwards. */
    private final AtomicLong forgettings = new AtomicLong();

    RecentTokens(IdentityProperties properties) {
        this.keptNanos = properties.tokenRecheckAfter().toNanos();
    }

    /** The principal of the token with this hash: the one kept, or what {@code signIn} reads, then kept. */
    Optional<SignedIn> signIn(String hash, Supplier<Optional<SignedIn>> signIn) {
        var kept = byHash.get(hash);
        long now = System.nanoTime();
        if (kept != null && now - kept.until() < 0) {
            return Optional.of(kept.signedIn());
        }
        long before = forgettings.get();
        var read = signIn.get();
        if (read.isPresent() && keptNanos > 0 && forgettings.get() == before) {
            if (byHash.size() >= MOST) {
                byHash.clear();
            }
            byHash.put(hash, new Kept(read.get(), now + keptNanos));
        } else {
            byHash.remove(hash);
        }
        return read;
    }

    /** Forgets the tokens of the account whose token was revoked. */
    void revoked(Viewer owner) {
        forget(viewer -> viewer.userId().equals(owner.userId()));
    }

    @EventListener
    void on(AccountChanged changed) {
        forget(viewer -> viewer.userId().equals(changed.accountId()));
    }

    @EventListener
    void on(PersonChanged changed) {
        forget(viewer -> changed.personId().equals(viewer.personId()));
    }

    @EventListener
    void on(OrganisationVoided voided) {
        forget(viewer -> voided.organisationId().equals(viewer.organisationId()));
    }

    /**
     * Forgets at once and, inside a transaction, once more after it commits: a request that read the token between the
     * two would otherwise keep what the transaction had not yet changed. (These listeners run where the change is
     * made, not after it as module listeners do, for the change to apply to the very next request.)
     */
    private void forget(Predicate<Viewer> whose) {
        Runnable forgetting = () -> {
            forgettings.incrementAndGet();
            byHash.values().removeIf(kept -> whose.test(kept.signedIn().viewer()));
        };
        forgetting.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetting.run();
                }
            });
        }
    }
}
