package dev.tandem.investigation.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tandem.investigation.listing.WhereToLookFirst.Bar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Pareto puts the largest first, each with its share and the share the bars add up to by then. */
class WhereToLookFirstTests {

    @Test
    void theBarsAreSortedLargestFirstWithTheirSharesAndTheCumulativeShare() {
        var bars = WhereToLookFirst.shares(new ArrayList<>(List.of(
                new Bar("CV-201", null, null, 30, 0, 0),
                new Bar("P-101", null, null, 60, 0, 0),
                new Bar("F-301", null, null, 10, 0, 0))));

        assertThat(bars)
                .extracting(Bar::label, Bar::share, Bar::cumulative)
                .containsExactly(tuple("P-101", 60, 60), tuple("CV-201", 30, 90), tuple("F-301", 10, 100));
        assertThat(WhereToLookFirst.shares(new ArrayList<>())).isEmpty();
    }
}
