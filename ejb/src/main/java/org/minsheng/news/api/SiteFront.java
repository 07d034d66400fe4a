package org.minsheng.news.api;

import java.util.List;

/** A site's home: its columns, each with its latest public articles, and its special topics. */
public record SiteFront(SiteView site, List<ColumnBlock> columns, List<TopicView> topics) {

    public record ColumnBlock(ColumnView column, List<ArticleSummary> latest) {
    }
}
