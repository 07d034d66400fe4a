package org.minsheng.search.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.search.api.ReindexReport;
import org.minsheng.search.api.SearchSourceView;
import org.minsheng.search.api.SearchableDocument;
import org.minsheng.search.api.SearchableSource;
import org.minsheng.search.domain.SearchEntries;
import org.minsheng.search.domain.SearchEntry;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.security.Caller;

/**
 * Rebuilds search from the features' sources, one kind per transaction: every document a source
 * offers is stored and indexed again, entries it no longer offers are removed. The launcher's
 * {@code search reindex} walks the kinds and prints each one's figures as it goes.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SearchReindex {

    @Inject
    Instance<SearchableSource> sources;

    @Inject
    SearchIndexer indexer;

    @Inject
    SearchEntries entries;

    @Inject
    FullTextIndex index;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /** Every kind offered by a source, with the entries held of it now. */
    public List<SearchSourceView> sources() {
        List<SearchSourceView> out = new ArrayList<>();
        for (SearchableSource s : sources) {
            out.add(new SearchSourceView(s.kind(), entries.idsOfKind(s.kind()).size()));
        }
        return out;
    }

    /** Rebuilds one kind from its source. */
    public ReindexReport reindex(String kind) {
        SearchableSource source = sources.stream().filter(s -> s.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFound("没有这类可搜索内容", "No searchable source of that kind"));
        Set<String> stale = new HashSet<>(entries.idsOfKind(kind));
        List<SearchEntry> current = new ArrayList<>();
        try (var documents = source.published()) {
            documents.forEach((SearchableDocument d) -> {
                current.add(indexer.put(d));
                stale.remove(SearchEntry.idOf(d.kind(), d.key()));
            });
        }
        stale.forEach(id -> entries.byId(id).ifPresent(entries::remove));
        index.reindex(current);
        ReindexReport report = new ReindexReport(kind, current.size(), stale.size());
        audit.record(caller.name(), "search.reindex", "search", kind,
                "indexed " + report.indexed() + ", removed " + report.removed());
        return report;
    }
}
