package org.minsheng.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The search as asked (words and filters) and the links that change one part of it: another page,
 * a facet value chosen or dropped. Links always start again at page 1 except the page links.
 */
public record SearchLinks(String q, String kind, String site, String department, Integer year) {

    /** {@code /search?…} for page N of this search. */
    public String page(long page) {
        return link(kind, site, department, year) + "&page=" + page;
    }

    /** This search narrowed to (or, when already chosen, freed from) one value of a facet. */
    public String toggle(String facet, String value) {
        return switch (facet) {
            case "kind" -> link(same(kind, value), site, department, year);
            case "site" -> link(kind, same(site, value), department, year);
            case "department" -> link(kind, site, same(department, value), year);
            case "year" -> link(kind, site, department, year != null && String.valueOf(year).equals(value) ? null
                    : Integer.valueOf(value));
            default -> link(kind, site, department, year);
        };
    }

    /** Whether a facet value is the one chosen. */
    public boolean chosen(String facet, String value) {
        return switch (facet) {
            case "kind" -> value.equals(kind);
            case "site" -> value.equals(site);
            case "department" -> value.equals(department);
            case "year" -> year != null && value.equals(String.valueOf(year));
            default -> false;
        };
    }

    public boolean filtered() {
        return kind != null || site != null || department != null || year != null;
    }

    /** The words alone, every filter dropped. */
    public String unfiltered() {
        return link(null, null, null, null);
    }

    private static String same(String current, String value) {
        return value.equals(current) ? null : value;
    }

    private String link(String kind, String site, String department, Integer year) {
        StringBuilder link = new StringBuilder("/search?q=").append(encode(q == null ? "" : q));
        append(link, "kind", kind);
        append(link, "site", site);
        append(link, "department", department);
        append(link, "year", year == null ? null : String.valueOf(year));
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
