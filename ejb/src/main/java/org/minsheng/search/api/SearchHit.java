package org.minsheng.search.api;

import java.time.Instant;
import java.util.List;

/**
 * A found document: where it is and what it is, with its title and a snippet cut into fragments,
 * the matched words marked, so that a page escapes the text and marks the matches itself.
 */
public record SearchHit(String kind, String key, String site, String departmentCode, String url, Instant publishedAt,
                        List<Fragment> title, List<Fragment> snippet) {

    /** The title as plain text. */
    public String titleText() {
        StringBuilder b = new StringBuilder();
        title.forEach(f -> b.append(f.text()));
        return b.toString();
    }

    /** A piece of text, matched by the query or not. */
    public record Fragment(String text, boolean match) {
    }
}
