package org.minsheng.search.application;

import java.util.List;
import org.minsheng.search.api.SearchQuery;
import org.minsheng.search.api.SearchResults;
import org.minsheng.search.domain.SearchEntry;

/** The full-text index over the search entries (Hibernate Search in infrastructure). */
public interface FullTextIndex {

    SearchResults search(SearchQuery query);

    /** Indexes the given entries again, whether or not they changed (a rebuild). */
    void reindex(List<SearchEntry> entries);
}
