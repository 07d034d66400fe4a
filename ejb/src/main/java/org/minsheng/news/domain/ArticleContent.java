package org.minsheng.news.domain;

import java.time.Instant;
import java.util.List;

/**
 * What an editor writes: the body already sanitised; {@code source} names where it comes from (the
 * site itself, or another organisation for a repost, with {@code repostUrl}).
 */
public record ArticleContent(String title, String subtitle, String source, String repostUrl, String author,
                             String body, Long coverImageId, List<String> tags, boolean pinned, Instant publishAt,
                             Instant expireAt) {

    public ArticleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
