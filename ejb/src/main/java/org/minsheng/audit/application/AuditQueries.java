package org.minsheng.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.StringJoiner;
import org.minsheng.audit.api.AuditExport;
import org.minsheng.audit.api.AuditSearch;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.audit.api.AuditView;
import org.minsheng.audit.api.ChainVerification;
import org.minsheng.audit.domain.AuditRecord;
import org.minsheng.audit.domain.AuditRecords;
import org.minsheng.audit.domain.ChainBreak;
import org.minsheng.audit.domain.ChainCheck;
import org.minsheng.audit.domain.ChainReport;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.paging.Page;
import org.minsheng.shared.security.Caller;
import org.minsheng.shared.time.CityTime;

/**
 * Reading the audit trail, for the administrator and the discipline role: search, export (itself
 * audited) and the chain check. Records about report-mailbox cases are the discipline role's only.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DISCIPLINE})
public class AuditQueries {

    /** The most records one export holds. */
    public static final int EXPORT_LIMIT = 50_000;

    @Inject
    AuditRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    ChainCheck chain;

    @Inject
    Caller caller;

    public Page<AuditView> search(AuditSearch search, int page, int size) {
        AuditRecords.Filter filter = filter(search);
        int[] clamped = Page.clamp(page, size);
        List<AuditView> items = records.find(filter, (clamped[0] - 1) * clamped[1], clamped[1]).stream()
                .map(AuditQueries::view).toList();
        return new Page<>(items, clamped[0], clamped[1], records.count(filter));
    }

    /** The records an export of the given format ({@code csv}, {@code xlsx}) holds; the export is audited. */
    public AuditExport export(AuditSearch search, String format) {
        AuditRecords.Filter filter = filter(search);
        List<AuditView> found = records.find(filter, 0, EXPORT_LIMIT + 1).stream().map(AuditQueries::view).toList();
        boolean truncated = found.size() > EXPORT_LIMIT;
        List<AuditView> rows = truncated ? found.subList(0, EXPORT_LIMIT) : found;
        audit.record(caller.name(), "audit.export", "audit", format,
                rows.size() + " records" + (truncated ? " (truncated)" : "") + describe(search));
        return new AuditExport(rows, truncated);
    }

    /** Walks the whole chain; the records' content never appears in the answer. */
    public ChainVerification verify() {
        ChainReport report = chain.verify();
        ChainBreak broken = report.firstBreak();
        return new ChainVerification(report.verified(), report.pending(), report.intact(), report.headSeq(),
                report.headHash(), broken == null ? null : broken.recordId(), broken == null ? null : broken.seq(),
                broken == null ? null : broken.kind().name(), broken == null ? null : broken.describe());
    }

    private AuditRecords.Filter filter(AuditSearch s) {
        Validation validation = new Validation()
                .text(s.actor(), "actor", "操作人", "Actor", 60, false)
                .text(s.action(), "action", "操作", "Action", 60, false)
                .text(s.subjectType(), "subjectType", "对象类型", "Subject type", 40, false)
                .text(s.subjectId(), "subjectId", "对象编号", "Subject id", 60, false);
        Instant from = null;
        Instant to = null;
        try {
            from = start(s.from());
        } catch (DateTimeParseException e) {
            validation.require(false, "from", "起始时间格式应为 2026-12-01", "From must be a date such as 2026-12-01");
        }
        try {
            to = end(s.to());
        } catch (DateTimeParseException e) {
            validation.require(false, "to", "截止时间格式应为 2026-12-31", "To must be a date such as 2026-12-31");
        }
        validation.require(from == null || to == null || from.isBefore(to), "to",
                "截止时间应晚于起始时间", "To must be after from");
        validation.throwIfInvalid();
        return new AuditRecords.Filter(from, to, blankToNull(s.actor()), blankToNull(s.action()),
                blankToNull(s.subjectType()), blankToNull(s.subjectId()), caller.isInRole(Roles.DISCIPLINE));
    }

    /** A day starts at 00:00 in the city; an instant is taken as it is. */
    private static Instant start(String text) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        return t.length() == 10 ? LocalDate.parse(t).atStartOfDay(CityTime.ZONE).toInstant() : Instant.parse(t);
    }

    /** A day is included to its end; an instant is the exclusive end. */
    private static Instant end(String text) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        return t.length() == 10 ? LocalDate.parse(t).plusDays(1).atStartOfDay(CityTime.ZONE).toInstant() : Instant.parse(t);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String describe(AuditSearch s) {
        StringJoiner parts = new StringJoiner(", ", "; filter: ", "").setEmptyValue("");
        add(parts, "from", s.from());
        add(parts, "to", s.to());
        add(parts, "actor", s.actor());
        add(parts, "action", s.action());
        add(parts, "subjectType", s.subjectType());
        add(parts, "subjectId", s.subjectId());
        return parts.toString();
    }

    private static void add(StringJoiner parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + value.strip());
        }
    }

    private static AuditView view(AuditRecord a) {
        return new AuditView(a.id(), a.seq(), a.occurredAt(), a.actor(), a.action(), a.subjectType(), a.subjectId(),
                a.detail(), a.confidential());
    }
}
