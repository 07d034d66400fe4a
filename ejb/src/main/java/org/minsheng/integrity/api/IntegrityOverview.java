package org.minsheng.integrity.api;

import java.util.List;

/** The administrator's view: the watched pages, the latest checks and alerts, and the settings. */
public record IntegrityOverview(String baseUrl, long intervalMinutes, List<WatchedPageView> pages,
                                List<IntegrityCheckView> checks, List<IntegrityAlertView> alerts) {
}
