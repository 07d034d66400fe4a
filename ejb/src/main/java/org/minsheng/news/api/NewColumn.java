package org.minsheng.news.api;

import java.util.List;

/**
 * A column to add to a site: {@code reviewLevels} sign-offs (at least 1; default 2: the column's
 * reviewer, then the site's final approver), stale after {@code staleAfterDays} (default 14), and the
 * other sites that show it.
 */
public record NewColumn(String slug, String nameZh, String nameEn, Integer reviewLevels, Integer staleAfterDays,
                        List<String> sharedWith) {
}
