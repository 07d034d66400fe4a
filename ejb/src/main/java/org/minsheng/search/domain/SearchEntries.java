package org.minsheng.search.domain;

import java.util.List;
import java.util.Optional;

/** The stored search entries; the full-text index follows them. */
public interface SearchEntries {

    Optional<SearchEntry> byId(String id);

    void add(SearchEntry entry);

    void remove(SearchEntry entry);

    /** The ids of every entry of one kind. */
    List<String> idsOfKind(String kind);

    long count();
}
