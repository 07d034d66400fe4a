package org.minsheng.disclosure.api;

/** One line of a report table: what is counted (in both languages) and how many. */
public record ReportRow(String code, String labelZh, String labelEn, long count) {
}
