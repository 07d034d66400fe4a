package org.minsheng.cases.domain;

/** What the public board is filtered by; null fields do not filter. */
public record BoardFilter(Channel channel, String departmentCode, String category, CaseStatus status) {

    public static final BoardFilter NONE = new BoardFilter(null, null, null, null);
}
