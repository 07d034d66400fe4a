package org.minsheng.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minsheng.search.api.SearchQuery;

class SearchLinksTest {

    @Test
    void pageLinksKeepTheWordsAndFilters() {
        SearchLinks links = new SearchLinks("社保卡 补办", "FAQ", null, "rsj", 2026);
        assertThat(links.page(2)).isEqualTo("/search?q=%E7%A4%BE%E4%BF%9D%E5%8D%A1+%E8%A1%A5%E5%8A%9E&kind=FAQ"
                + "&department=rsj&year=2026&page=2");
    }

    @Test
    void aFacetValueIsChosenAndDroppedAgainAndFiltersCanBeCleared() {
        SearchLinks none = new SearchLinks("低保", null, null, null, null);
        assertThat(none.filtered()).isFalse();
        assertThat(none.toggle("kind", "ANSWER")).isEqualTo("/search?q=%E4%BD%8E%E4%BF%9D&kind=ANSWER");
        SearchLinks chosen = new SearchLinks("低保", "ANSWER", "portal", null, 2025);
        assertThat(chosen.chosen("kind", "ANSWER")).isTrue();
        assertThat(chosen.chosen("year", "2025")).isTrue();
        assertThat(chosen.toggle("kind", "ANSWER")).isEqualTo("/search?q=%E4%BD%8E%E4%BF%9D&site=portal&year=2025");
        assertThat(chosen.toggle("year", "2025")).isEqualTo("/search?q=%E4%BD%8E%E4%BF%9D&kind=ANSWER&site=portal");
        assertThat(chosen.unfiltered()).isEqualTo("/search?q=%E4%BD%8E%E4%BF%9D");
    }

    @Test
    void parametersAreClampedAndAYearMustBeAYear() {
        SearchQuery q = SearchParameters.query("  垃圾分类 ", " ", "", "cgj", "20x6", -3, 500);
        assertThat(q.text()).isEqualTo("垃圾分类");
        assertThat(q.kind()).isNull();
        assertThat(q.site()).isNull();
        assertThat(q.departmentCode()).isEqualTo("cgj");
        assertThat(q.year()).isNull();
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(SearchQuery.MAX_SIZE);
        assertThat(SearchParameters.query("x".repeat(300), null, null, null, "2026", 2, 10).text())
                .hasSize(SearchQuery.MAX_TEXT);
        assertThat(SearchParameters.year("2026")).isEqualTo(2026);
    }
}
