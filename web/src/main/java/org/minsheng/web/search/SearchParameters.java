package org.minsheng.web.search;

import org.minsheng.search.api.SearchQuery;

/** Reads the search parameters of the page and of the API alike; a year that is not a year does not filter. */
final class SearchParameters {

    private SearchParameters() {
    }

    static Integer year(String year) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(year.strip());
    }

    static SearchQuery query(String q, String kind, String site, String department, String year, int page,
                             int size) {
        return new SearchQuery(q, kind, site, department, year(year), page, size);
    }

    static SearchLinks links(SearchQuery query) {
        return new SearchLinks(query.text(), query.kind(), query.site(), query.departmentCode(), query.year());
    }
}
