package org.minsheng.web.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.minsheng.audit.api.AuditSearch;

/** The audit page's filters as typed, and the query strings that keep them when paging or exporting. */
public record AuditFilters(String from, String to, String actor, String action, String subjectType,
                           String subjectId) {

    public AuditFilters {
        from = clean(from);
        to = clean(to);
        actor = clean(actor);
        action = clean(action);
        subjectType = clean(subjectType);
        subjectId = clean(subjectId);
    }

    AuditSearch search() {
        return new AuditSearch(from, to, actor, action, subjectType, subjectId);
    }

    /** {@code /staff/audit?page=N} with the chosen filters. */
    public String pageLink(long page) {
        return "/staff/audit?page=" + page + query("&");
    }

    /** The export of the filtered records: {@code csv} or {@code xlsx}. */
    public String exportLink(String format) {
        return "/api/staff/audit/export." + format + query("?");
    }

    /** A filter's value by its parameter name, for the form. */
    public String value(String name) {
        return switch (name) {
            case "from" -> from;
            case "to" -> to;
            case "actor" -> actor;
            case "action" -> action;
            case "subjectType" -> subjectType;
            case "subjectId" -> subjectId;
            default -> "";
        };
    }

    public boolean any() {
        return !(from + to + actor + action + subjectType + subjectId).isEmpty();
    }

    private String query(String first) {
        StringBuilder q = new StringBuilder();
        append(q, "from", from);
        append(q, "to", to);
        append(q, "actor", actor);
        append(q, "action", action);
        append(q, "subjectType", subjectType);
        append(q, "subjectId", subjectId);
        return q.isEmpty() ? "" : first + q.substring(1);
    }

    private static void append(StringBuilder q, String name, String value) {
        if (!value.isEmpty()) {
            q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
