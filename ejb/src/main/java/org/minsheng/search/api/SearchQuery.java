package org.minsheng.search.api;

/**
 * What a resident searches for: the words, optional filters (null or blank does not filter) and
 * the page. {@code site} narrows to one site's documents (search inside a sub-site).
 */
public record SearchQuery(String text, String kind, String site, String departmentCode, Integer year, int page,
                          int size) {

    public static final int MAX_TEXT = 100;
    public static final int MAX_SIZE = 50;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        kind = blankToNull(kind);
        site = blankToNull(site);
        departmentCode = blankToNull(departmentCode);
        page = Math.max(1, page);
        size = Math.max(1, Math.min(size, MAX_SIZE));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public int offset() {
        return (page - 1) * size;
    }
}
