package org.minsheng.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.CaseSearchExport;
import org.minsheng.cases.api.CaseSearchRow;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseSearch;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.paging.Page;
import org.minsheng.shared.time.CityTime;

/**
 * Staff search of cases by number, keyword, resident mobile, department, category and received
 * days, paged past the queues' 200 rows, and its export. What a caller finds follows
 * {@link CaseAccess}: the platform sees every department, a department its own cases, and
 * report-mailbox cases are found by discipline officers only (and then only those). Every search
 * and export is audited with its criteria.
 */
@Stateless
@RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.ADMIN,
        Roles.DISCIPLINE})
public class CaseSearchService {

    /** The most rows one export file holds. */
    public static final int EXPORT_LIMIT = 50_000;

    @Inject
    CaseRepository cases;

    @Inject
    CaseAccess access;

    @Inject
    AuditTrail audit;

    /** One page of the cases found, newest first. */
    public Page<CaseSearchRow> search(String number, String keyword, String mobile, String department,
                                      String category, String from, String to, int page, int size) {
        CaseSearch search = criteria(number, keyword, mobile, department, category, from, to);
        int[] ps = Page.clamp(page, size);
        List<CaseSearchRow> rows = cases.search(search, (ps[0] - 1) * ps[1], ps[1]).stream()
                .map(CaseSearchService::row).toList();
        long total = cases.countSearch(search);
        audit.record(access.me().username(), "case.search", "case-search", scope(search),
                describe(search) + " → " + total);
        return new Page<>(rows, ps[0], ps[1], total);
    }

    /** Every case found, for a CSV or Excel file (at most {@link #EXPORT_LIMIT}). */
    public CaseSearchExport export(String number, String keyword, String mobile, String department, String category,
                                   String from, String to, String format) {
        CaseSearch search = criteria(number, keyword, mobile, department, category, from, to);
        List<CaseFile> found = cases.search(search, 0, EXPORT_LIMIT + 1);
        boolean truncated = found.size() > EXPORT_LIMIT;
        List<CaseSearchRow> rows = found.stream().limit(EXPORT_LIMIT).map(CaseSearchService::row).toList();
        audit.record(access.me().username(), "case.export", "case-search", scope(search),
                format + " " + describe(search) + " → " + rows.size());
        return new CaseSearchExport(rows, truncated);
    }

    private CaseSearch criteria(String number, String keyword, String mobile, String department, String category,
                                String from, String to) {
        Validation v = new Validation()
                .text(number, "number", "件号", "Tracking number", 30, false)
                .text(keyword, "keyword", "关键词", "Keyword", 50, false)
                .text(category, "category", "分类", "Category", 50, false)
                .text(department, "department", "承办单位", "Department", 40, false);
        String phone = blank(mobile) ? null : mobile.strip();
        v.require(phone == null || phone.matches("\\d{5,20}"), "mobile", "手机号只能是数字", "A mobile number is digits");
        LocalDate fromDay = day(v, from, "from");
        LocalDate toDay = day(v, to, "to");
        v.require(fromDay == null || toDay == null || !toDay.isBefore(fromDay), "to", "结束日期早于开始日期",
                "The end day is before the start day");
        v.throwIfInvalid();
        StaffPrincipal me = access.me();
        boolean platform = me.hasRole(Roles.DISPATCHER) || me.hasRole(Roles.REVIEWER) || me.hasRole(Roles.LEADER)
                || me.hasRole(Roles.ADMIN);
        boolean discipline = me.hasRole(Roles.DISCIPLINE);
        return new CaseSearch(trim(number), trim(keyword), phone, trim(department), trim(category),
                fromDay == null ? null : start(fromDay), toDay == null ? null : start(toDay.plusDays(1)),
                discipline, discipline || platform ? null : me.departmentCode());
    }

    private static LocalDate day(Validation v, String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            v.require(false, field, "日期格式应为 yyyy-MM-dd", "A day is written yyyy-MM-dd");
            return null;
        }
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(CityTime.ZONE).toInstant();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** What the search could reach: the report mailbox, one department or every department. */
    private static String scope(CaseSearch s) {
        return s.reportMailbox() ? "report-mailbox" : s.scopeDepartment() == null ? "all" : s.scopeDepartment();
    }

    /** The criteria for the audit record; the mobile number is kept only by its last four digits. */
    private static String describe(CaseSearch s) {
        StringBuilder b = new StringBuilder(s.reportMailbox() ? "report-mailbox" : "cases");
        append(b, "number", s.number());
        append(b, "keyword", s.keyword());
        append(b, "mobile", s.mobile() == null ? null : "…" + s.mobile().substring(Math.max(0, s.mobile().length() - 4)));
        append(b, "department", s.departmentCode());
        append(b, "category", s.category());
        append(b, "from", s.from() == null ? null : s.from().toString());
        append(b, "to", s.to() == null ? null : s.to().toString());
        return b.toString();
    }

    private static void append(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append(' ').append(name).append('=').append(value);
        }
    }

    private static CaseSearchRow row(CaseFile c) {
        return new CaseSearchRow(c.id(), c.trackingNumber(), c.channel().name(), c.channel().labelZh(),
                c.channel().labelEn(), c.letter().title(), c.status().name(), c.status().labelZh(),
                c.status().labelEn(), c.departmentCode(), c.findings().category(), c.resident().name(),
                c.resident().mobile(), c.receivedAt(), c.timeLimit().dueAt());
    }
}
