package org.minsheng.search.api;

import java.util.List;
import java.util.Map;

/** One page of hits, the number of all hits and the facet counts (facet name to values, most first). */
public record SearchResults(List<SearchHit> hits, long total, int page, int size, Map<String, List<FacetCount>> facets) {

    public static final String KIND = "kind";
    public static final String SITE = "site";
    public static final String DEPARTMENT = "department";
    public static final String YEAR = "year";

    public static SearchResults empty(SearchQuery query) {
        return new SearchResults(List.of(), 0, query.page(), query.size(), Map.of());
    }

    public long pages() {
        return total == 0 ? 1 : (total + size - 1) / size;
    }

    /** One value of a facet and how many hits have it. */
    public record FacetCount(String value, long count) {
    }
}
