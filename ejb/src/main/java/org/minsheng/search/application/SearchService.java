package org.minsheng.search.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.minsheng.search.api.SearchQuery;
import org.minsheng.search.api.SearchResults;

/** Public full-text search over what the portal publishes. */
@Stateless
@PermitAll
public class SearchService {

    @Inject
    FullTextIndex index;

    /** One page of hits with facet counts; an empty query finds nothing. */
    public SearchResults search(SearchQuery query) {
        if (query.isEmpty()) {
            return SearchResults.empty(query);
        }
        return index.search(query);
    }
}
