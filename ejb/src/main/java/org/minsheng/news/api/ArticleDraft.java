package org.minsheng.news.api;

import java.time.Instant;
import java.util.List;

/**
 * What an editor submits for a new article or a revision. {@code body} is rich text (HTML), cleaned
 * on arrival; {@code source} defaults to the site's name; a repost names its source and address.
 */
public record ArticleDraft(Long columnId, String title, String subtitle, String source, String repostUrl,
                           String author, String body, Long coverImageId, List<String> tags, Boolean pinned,
                           Instant publishAt, Instant expireAt) {
}
