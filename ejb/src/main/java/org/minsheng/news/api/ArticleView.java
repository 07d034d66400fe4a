package org.minsheng.news.api;

import java.time.Instant;
import java.util.List;

/**
 * An article in full: text, column and site, schedule, status, the level the next approval signs
 * and the editorial record. {@code body} is sanitised HTML.
 */
public record ArticleView(long id, ColumnView column, String title, String subtitle, String source, String repostUrl,
                          String author, String body, Long coverImageId, String coverAlt, List<String> tags,
                          boolean pinned, Instant publishAt, Instant expireAt, String status, String statusZh,
                          String statusEn, int revision, long version, Instant publishedAt, String createdBy,
                          int nextLevel, List<StepView> steps) {

    public String path() {
        return "/news/articles/" + id;
    }

    public boolean repost() {
        return repostUrl != null && !repostUrl.isBlank();
    }
}
