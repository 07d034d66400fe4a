package org.minsheng.news.api;

import java.util.List;

/** A special topic to create; each slot is a kind (LEAD, COLUMN, LINK, INTERVIEW, HEARING), a label and a target. */
public record NewTopic(String slug, String siteCode, String title, String bannerText, Long bannerImageId,
                       String introduction, List<NewSlot> slots) {

    public record NewSlot(String kind, String label, String target) {
    }
}
