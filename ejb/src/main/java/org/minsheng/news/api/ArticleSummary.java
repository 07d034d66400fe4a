package org.minsheng.news.api;

import java.time.Instant;

/** An article in a list: its column, title, source, when it went public and where it stands. */
public record ArticleSummary(long id, long columnId, String columnNameZh, String columnNameEn, String siteCode,
                             String siteNameZh, String siteNameEn, String title, String subtitle, String source,
                             Instant publishedAt, boolean pinned, String status, String statusZh, String statusEn,
                             String createdBy, Instant createdAt) {

    public String path() {
        return "/news/articles/" + id;
    }
}
