package org.minsheng.search.api;

import java.time.Instant;

/**
 * One published item as search sees it. {@code kind} and {@code key} identify it (a kind constant
 * below and the owner's reference, e.g. an article id or a tracking number); {@code site} is the
 * site code ({@code "portal"} for the main site, a department code for its sub-site), {@code url}
 * the public path of its page. Only public content is offered: nothing confidential, personal data
 * already masked.
 */
public record SearchableDocument(String kind, String key, String site, String departmentCode, String title,
                                 String text, String url, Instant publishedAt) {

    /** A news article. */
    public static final String NEWS = "NEWS";
    /** A service guide (办事指南). */
    public static final String GUIDE = "GUIDE";
    /** A disclosure catalogue document (政府信息公开). */
    public static final String DISCLOSURE = "DISCLOSURE";
    /** A public answer on the board. */
    public static final String ANSWER = "ANSWER";
    /** A frequently asked question (常见问题). */
    public static final String FAQ = "FAQ";
    /** The main portal's site code. */
    public static final String PORTAL = "portal";
}
