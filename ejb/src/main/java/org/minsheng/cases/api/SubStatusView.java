package org.minsheng.cases.api;

/** An admin-defined progress label within a lifecycle status. */
public record SubStatusView(String code, String status, String labelZh, String labelEn) {
}
