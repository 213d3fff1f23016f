package vn.parindex.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/** The rules of a paged list's parameters: what is made valid, what is a 400 naming the parameter. */
class PagingTest {

    static final SortKeys KEYS = SortKeys.by("id").key("name", "nameFolded").key("id", "id").defaultTo("name", true);

    @Test
    void missingValuesAreTheDefaults() {
        Paging paging = Paging.from(null, null, null, null, KEYS);
        assertThat(paging.page()).isZero();
        assertThat(paging.size()).isEqualTo(Paging.DEFAULT_SIZE);
        assertThat(paging.sort()).isEqualTo("name");
        assertThat(paging.ascending()).isTrue();
        assertThat(paging.jpaSort()).isEqualTo(Sort.by("nameFolded").ascending().and(Sort.by("id").ascending()));
    }

    @Test
    void sizeOverTheMaximumIsTheMaximumAndNegativeThingsAreTheFirstPageAndDefaultSize() {
        assertThat(Paging.from(-3, 100_000, "id", "desc", KEYS).size()).isEqualTo(Paging.MAX_SIZE);
        assertThat(Paging.from(-3, 0, "id", "desc", KEYS)).satisfies(p -> {
            assertThat(p.page()).isZero();
            assertThat(p.size()).isEqualTo(Paging.DEFAULT_SIZE);
            assertThat(p.jpaSort()).isEqualTo(Sort.by(Sort.Direction.DESC, "id"));
        });
    }

    @Test
    void unknownSortKeyOrDirectionIsABadRequestNamingTheParameterAndTheAllowedValues() {
        assertThatThrownBy(() -> Paging.from(0, 10, "password", null, KEYS)).isInstanceOfSatisfying(
                BadListRequest.class, e -> {
                    assertThat(e.parameter()).isEqualTo("sort");
                    assertThat(e.value()).isEqualTo("password");
                    assertThat(e.allowed()).containsExactly("id", "name");
                });
        assertThatThrownBy(() -> Paging.from(0, 10, "id", "sideways", KEYS)).isInstanceOfSatisfying(
                BadListRequest.class, e -> assertThat(e.parameter()).isEqualTo("dir"));
        assertThatThrownBy(() -> BadListRequest.enumFilter("status", "FOO", Sort.Direction.class))
                .isInstanceOfSatisfying(BadListRequest.class,
                        e -> assertThat(e.allowed()).containsExactly("ASC", "DESC"));
        assertThatThrownBy(() -> BadListRequest.dateFilter("from", "31/12/2026"))
                .isInstanceOfSatisfying(BadListRequest.class, e -> assertThat(e.parameter()).isEqualTo("from"));
    }

    @Test
    void aPagePastTheEndIsTheLastPage() {
        List<Integer> rows = IntStream.rangeClosed(1, 95).boxed().toList();
        PageResult<Integer> last = PageResult.slice(Paging.from(7, 20, null, null, KEYS), rows);
        assertThat(last.page()).isEqualTo(4);
        assertThat(last.items()).containsExactly(81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95);
        assertThat(last.totalPages()).isEqualTo(5);
        assertThat(last.total()).isEqualTo(95);
        assertThat(last.from()).isEqualTo(81);
        assertThat(last.to()).isEqualTo(95);
        assertThat(last.isLast()).isTrue();
        assertThat(last.hasPrevious()).isTrue();
        PageResult<Integer> none = PageResult.slice(Paging.from(3, 20, null, null, KEYS), List.of());
        assertThat(none.page()).isZero();
        assertThat(none.totalPages()).isEqualTo(1);
        assertThat(none.from()).isZero();
    }
}
