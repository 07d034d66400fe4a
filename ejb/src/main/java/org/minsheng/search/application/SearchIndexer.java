package org.minsheng.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.minsheng.search.api.SearchableContentPublished;
import org.minsheng.search.api.SearchableContentWithdrawn;
import org.minsheng.search.api.SearchableDocument;
import org.minsheng.search.domain.SearchEntries;
import org.minsheng.search.domain.SearchEntry;
import org.minsheng.shared.time.CityTime;

/**
 * Keeps the search entries in step with what the features publish. The observers are synchronous,
 * so an entry changes in the publishing transaction and the index follows its commit (or nothing
 * happens when it rolls back).
 */
@ApplicationScoped
public class SearchIndexer {

    @Inject
    SearchEntries entries;

    @Inject
    Clock clock;

    void published(@Observes SearchableContentPublished event) {
        put(event.document());
    }

    void withdrawn(@Observes SearchableContentWithdrawn event) {
        remove(event.kind(), event.key());
    }

    /** Stores a document's current public state, adding its entry when it is new. */
    public SearchEntry put(SearchableDocument d) {
        String id = SearchEntry.idOf(d.kind(), d.key());
        SearchEntry entry = entries.byId(id).orElseGet(() -> {
            SearchEntry e = new SearchEntry(d.kind(), d.key());
            e.update(site(d), d.departmentCode(), d.title(), d.text(), d.url(), publishedAt(d), CityTime.ZONE,
                    clock.instant());
            entries.add(e);
            return e;
        });
        entry.update(site(d), d.departmentCode(), d.title(), d.text(), d.url(), publishedAt(d), CityTime.ZONE,
                clock.instant());
        return entry;
    }

    /** Drops a document's entry, if it has one. */
    public boolean remove(String kind, String key) {
        return entries.byId(SearchEntry.idOf(kind, key)).map(e -> {
            entries.remove(e);
            return true;
        }).orElse(false);
    }

    private static String site(SearchableDocument d) {
        return d.site() == null || d.site().isBlank() ? SearchableDocument.PORTAL : d.site();
    }

    private java.time.Instant publishedAt(SearchableDocument d) {
        return d.publishedAt() == null ? clock.instant() : d.publishedAt();
    }
}
