package dev.tandem.contractor.prequalification;

import dev.tandem.contractor.Review;
import java.time.Instant;
import java.util.UUID;

/** Something a contractor submits that the safety department reviews: its review's parts, none before it. */
public interface Reviewed {

    /** The latest decision on it, or null while none was made. */
    Review review();

    default String reviewComment() {
        return review() == null ? null : review().comment();
    }

    default UUID reviewedBy() {
        return review() == null ? null : review().by();
    }

    default Instant reviewedAt() {
        return review() == null ? null : review().at();
    }
}
