package org.minsheng.cases.domain;

import java.time.Instant;

/**
 * A staff search over cases: each criterion narrows when set (null does not). {@code number} is
 * a tracking number or its beginning, {@code keyword} a word of the title or message,
 * {@code mobile} the resident's number; received in [{@code from}, {@code to}). The scope says
 * what the caller may see: report-mailbox cases or the others, and one department or all.
 */
public record CaseSearch(String number, String keyword, String mobile, String departmentCode, String category,
                         Instant from, Instant to, boolean reportMailbox, String scopeDepartment) {

    /** Whether a case meets every criterion and the scope (the in-memory twin of the query). */
    public boolean matches(CaseFile c) {
        return (c.channel() == Channel.REPORT_MAILBOX) == reportMailbox
                && (scopeDepartment == null || scopeDepartment.equals(c.departmentCode()))
                && (number == null || c.trackingNumber().startsWith(number))
                && (keyword == null || c.letter().title().contains(keyword) || c.letter().body().contains(keyword))
                && (mobile == null || mobile.equals(c.resident().mobile()))
                && (departmentCode == null || departmentCode.equals(c.departmentCode()))
                && (category == null || category.equals(c.findings().category()))
                && (from == null || !c.receivedAt().isBefore(from))
                && (to == null || c.receivedAt().isBefore(to));
    }
}
