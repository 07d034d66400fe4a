package org.minsheng.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minsheng.search.api.SearchHit;
import org.minsheng.search.api.SearchHit.Fragment;
import org.minsheng.search.api.SearchQuery;
import org.minsheng.search.api.SearchResults;
import org.minsheng.search.api.SearchResults.FacetCount;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;

/** The search page renders in both languages: every text has a key, matches are marked, indexed text is escaped. */
class SearchPageTemplateTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private final PageRenderer renderer = new PageRenderer();
    private final DepartmentView cgj = new DepartmentView("cgj", "市城市管理和综合执法局", "Urban Management Bureau", false);

    private Map<String, Object> model(SearchQuery query, SearchResults results) {
        Map<String, Object> model = new HashMap<>();
        model.put("q", query.text());
        model.put("query", query);
        model.put("results", results);
        model.put("links", SearchParameters.links(query));
        model.put("departments", Map.of("cgj", cgj));
        return model;
    }

    @Test
    void hitsFacetsAndPagingRenderWithMatchesMarkedAndTextEscaped() {
        SearchQuery query = new SearchQuery("夜间施工", "ANSWER", "portal", null, 2026, 2, 10);
        SearchHit hit = new SearchHit("ANSWER", "MS20261201-00001", "portal", "cgj", "/board/MS20261201-00001",
                Instant.parse("2026-12-01T02:00:00Z"),
                List.of(new Fragment("丹阳社区", false), new Fragment("夜间施工", true), new Fragment(SCRIPT, false)),
                List.of(new Fragment("工地每天", false), new Fragment("夜间", true), new Fragment("浇筑", false)));
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("kind", List.of(new FacetCount("ANSWER", 12), new FacetCount("FAQ", 3)));
        facets.put("site", List.of(new FacetCount("portal", 15)));
        facets.put("department", List.of(new FacetCount("cgj", 15)));
        facets.put("year", List.of(new FacetCount("2026", 15)));
        SearchResults results = new SearchResults(List.of(hit), 25, 2, 10, facets);
        for (boolean english : new boolean[] {false, true}) {
            Viewer v = new Viewer(english ? Locale.ENGLISH : Viewer.CHINESE, english, false, "/search", null, null);
            String page = renderer.render("search/search", v, model(query, results));
            assertThat(page).doesNotContain("??").doesNotContain(SCRIPT).contains("&lt;script&gt;")
                    .contains("<mark>夜间施工</mark>", "<mark>夜间</mark>", "/board/MS20261201-00001")
                    .contains("aria-current=\"true\"", "page=1", "page=3")
                    .contains(english ? "Urban Management Bureau" : "市城市管理和综合执法局")
                    .contains(english ? "Public answer" : "公开答复")
                    .contains(english ? "Refine results" : "筛选结果");
        }
    }

    @Test
    void anEmptyQueryAndNoHitsRender() {
        SearchQuery empty = new SearchQuery("", null, null, null, null, 1, 10);
        Viewer v = new Viewer(Viewer.CHINESE, false, true, "/search", null, null);
        assertThat(renderer.render("search/search", v, model(empty, SearchResults.empty(empty))))
                .doesNotContain("??").contains("社保卡补办").doesNotContain("筛选结果");
        SearchQuery none = new SearchQuery("没有的东西", null, "cgj", null, null, 1, 10);
        assertThat(renderer.render("search/search", v, model(none, SearchResults.empty(none))))
                .doesNotContain("??").contains("没有找到相关内容", "市城市管理和综合执法局", "搜索全部站点");
    }
}
