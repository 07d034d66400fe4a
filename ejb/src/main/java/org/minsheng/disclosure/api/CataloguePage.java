package org.minsheng.disclosure.api;

import java.util.List;

/** One page of the public catalogue. */
public record CataloguePage(List<DocumentSummary> items, long total, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
