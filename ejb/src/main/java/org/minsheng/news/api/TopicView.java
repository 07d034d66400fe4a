package org.minsheng.news.api;

import java.util.List;

/** A special topic with its banner and its slots; a COLUMN slot lists that column's latest articles. */
public record TopicView(String slug, String siteCode, String title, String bannerText, Long bannerImageId,
                        String introduction, List<Slot> slots) {

    public record Slot(String kind, String kindZh, String kindEn, String label, String href,
                       List<ArticleSummary> articles) {
    }

    public String path() {
        return "/news/topics/" + slug;
    }
}
