package org.minsheng.news.api;

import java.util.List;

/** A column, the site that owns it (named as the source where it is shared) and the sites it is shared with. */
public record ColumnView(long id, String siteCode, String siteNameZh, String siteNameEn, String slug, String nameZh,
                         String nameEn, int reviewLevels, int staleAfterDays, List<String> sharedWith) {

    public String path() {
        return "/news/columns/" + id;
    }
}
