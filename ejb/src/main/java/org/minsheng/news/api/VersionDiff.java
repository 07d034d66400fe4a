package org.minsheng.news.api;

import java.util.List;

/** What changed between two revisions, line by line (a line is a paragraph, heading, list item or row). */
public record VersionDiff(int from, int to, List<Line> lines) {

    /** {@code kind} is SAME, ADDED or REMOVED. */
    public record Line(String kind, String text) {
    }
}
