package org.minsheng.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minsheng.search.api.SearchableContentPublished;
import org.minsheng.search.api.SearchableContentWithdrawn;
import org.minsheng.search.api.SearchableDocument;
import org.minsheng.search.domain.SearchEntries;
import org.minsheng.search.domain.SearchEntry;

class SearchIndexerTest {

    private static final Instant NOW = Instant.parse("2026-12-31T17:00:00Z");

    /** The stored entries, kept in memory. */
    static final class InMemoryEntries implements SearchEntries {
        final Map<String, SearchEntry> rows = new HashMap<>();

        @Override
        public Optional<SearchEntry> byId(String id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public void add(SearchEntry entry) {
            rows.put(entry.id(), entry);
        }

        @Override
        public void remove(SearchEntry entry) {
            rows.remove(entry.id());
        }

        @Override
        public List<String> idsOfKind(String kind) {
            return rows.values().stream().filter(e -> e.kind().equals(kind)).map(SearchEntry::id).toList();
        }

        @Override
        public long count() {
            return rows.size();
        }
    }

    private final InMemoryEntries entries = new InMemoryEntries();
    private final SearchIndexer indexer = new SearchIndexer();

    {
        indexer.entries = entries;
        indexer.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void aPublishedDocumentIsStoredAndAnEditReplacesItsText() {
        indexer.published(new SearchableContentPublished(new SearchableDocument(SearchableDocument.FAQ, "7", null,
                "ybj", "异地就医备案", "在线备案后直接结算。", "/write/consultation?q=x#faq", null)));
        SearchEntry entry = entries.byId("FAQ:7").orElseThrow();
        assertThat(entry.site()).as("no site means the portal").isEqualTo(SearchableDocument.PORTAL);
        assertThat(entry.publishedAt()).as("no time means now").isEqualTo(NOW);
        assertThat(entry.year()).as("the city's year: already 2027 in Changde").isEqualTo(2027);

        indexer.published(new SearchableContentPublished(new SearchableDocument(SearchableDocument.FAQ, "7",
                "portal", "ybj", "异地就医备案怎么办", "  新的答复。 ", "/x", Instant.parse("2026-03-01T00:00:00Z"))));
        assertThat(entries.count()).isEqualTo(1);
        assertThat(entry.title()).isEqualTo("异地就医备案怎么办");
        assertThat(entry.body()).isEqualTo("新的答复。");
        assertThat(entry.year()).isEqualTo(2026);
    }

    @Test
    void aWithdrawnDocumentLeavesAndAnUnknownOneIsIgnored() {
        indexer.put(new SearchableDocument(SearchableDocument.ANSWER, "MS20261201-00001", "portal", "cgj", "标题",
                "正文", "/board/MS20261201-00001", NOW));
        indexer.withdrawn(new SearchableContentWithdrawn(SearchableDocument.ANSWER, "MS20261201-00001"));
        assertThat(entries.count()).isZero();
        assertThat(indexer.remove(SearchableDocument.ANSWER, "MS20261201-00002")).isFalse();
    }

    @Test
    void overlongTextIsCut() {
        SearchEntry e = indexer.put(new SearchableDocument(SearchableDocument.NEWS, "1", "portal", null,
                "题".repeat(600), "文".repeat(30000), "/news/1", NOW));
        assertThat(e.title()).hasSize(500);
        assertThat(e.body()).hasSize(20000);
    }
}
