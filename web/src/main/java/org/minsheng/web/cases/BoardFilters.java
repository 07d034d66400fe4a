package org.minsheng.web.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The board's filters as chosen, and the query string that keeps them when paging. */
public record BoardFilters(String channel, String department, String category, String status) {

    static final List<String> CHANNELS =
            List.of("LEADER_MAILBOX", "SUPERVISION_MAILBOX", "MESSAGE_BOARD", "CONSULTATION", "INTERVIEW");
    static final List<String> STATUSES = List.of("ANSWERED", "CLOSED");

    /** {@code /board?page=N} with the chosen filters. */
    public String pageLink(long page) {
        StringBuilder link = new StringBuilder("/board?page=").append(page);
        append(link, "channel", channel);
        append(link, "department", department);
        append(link, "category", category);
        append(link, "status", status);
        return link.toString();
    }

    public boolean any() {
        return !blank(channel) || !blank(department) || !blank(category) || !blank(status);
    }

    private static void append(StringBuilder link, String name, String value) {
        if (!blank(value)) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
