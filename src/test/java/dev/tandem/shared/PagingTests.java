package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagingTests {

    private static final Map<String, String> SORTABLE = Map.of("name", "p.full_name");

    @Test
    void capsThePageSizeAClientAsksFor() {
        assertThat(Paging.requested(0, 10_000, null).size()).isEqualTo(Paging.MAX_SIZE);
        assertThat(Paging.export("name").size()).isEqualTo(Paging.EXPORT_SIZE);
        assertThat(new Paging(0, 10_000_000, null).size()).isEqualTo(Paging.EXPORT_SIZE);
    }

    @Test
    void rejectsANegativePageAndAnEmptyPage() {
        assertThatThrownBy(() -> new Paging(-1, 20, null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new Paging(0, 0, null)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void sortsByAnAllowedFieldThenByTheFallback() {
        assertThat(new Paging(0, 20, "name,desc").orderBy(SORTABLE, "p.id")).isEqualTo("p.full_name desc, p.id");
        assertThat(new Paging(0, 20, "name").orderBy(SORTABLE, "p.id")).isEqualTo("p.full_name asc, p.id");
        assertThat(new Paging(0, 20, "").orderBy(SORTABLE, "p.id")).isEqualTo("p.id");
    }

    @Test
    void writesThePageIntoTheLimitWithNoOffsetOnTheFirst() {
        assertThat(new Paging(0, 20, "").limit()).isEqualTo(" limit 20");
        assertThat(new Paging(3, 25, "").limit()).isEqualTo(" limit 25 offset 75");
        assertThat(Paging.requested(2, 10_000, null).limit()).isEqualTo(" limit 100 offset 200");
    }

    @Test
    void neverLetsAClientNameAColumn() {
        assertThatThrownBy(() -> new Paging(0, 20, "password_hash").orderBy(SORTABLE, "p.id"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e ->
                        assertThat(((InvalidRequestException) e).arguments()).containsExactly("password_hash", "name"));
        assertThatThrownBy(() -> new Paging(0, 20, "name,sideways").orderBy(SORTABLE, "p.id"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aSortWithoutAFieldIsABadRequestNotACrash() {
        for (var sort : new String[] {",", ",desc", " , "}) {
            assertThatThrownBy(() -> new Paging(0, 20, sort).orderBy(SORTABLE, "p.id"))
                    .as(sort)
                    .isInstanceOf(InvalidRequestException.class);
        }
    }

    @Test
    void countsPagesFromTheTotal() {
        var page = new Paging(2, 20, null).page(List.of("a"), 41);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isFalse();
        assertThat(new Paging(2, 20, null).offset()).isEqualTo(40);
    }
}
