package org.minsheng.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minsheng.audit.api.AuditView;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.paging.Page;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;

/** The audit page renders in both languages, keeps the filters, escapes details and marks errors. */
class AuditPageTemplateTest {

    private final PageRenderer renderer = new PageRenderer();

    private String render(boolean english, Page<AuditView> records, List<FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("filters", new AuditFilters("2026-12-01", "", "zjj", "case.", null, null));
        model.put("records", records);
        model.put("errors", errors);
        model.put("fieldErrors", errors.isEmpty() ? Map.of() : Map.of(errors.get(0).field(), errors.get(0)));
        Viewer viewer = new Viewer(english ? Locale.ENGLISH : Viewer.CHINESE, english, false, "/staff/audit", null,
                "token-1");
        return renderer.render("audit/staff-audit", viewer, model);
    }

    private static Page<AuditView> twoRecords() {
        return new Page<>(List.of(
                new AuditView(52, null, Instant.parse("2026-12-07T02:00:00Z"), "zjj", "case.answer", "case", "c-1",
                        "<script>alert(1)</script>", false),
                new AuditView(51, 7L, Instant.parse("2026-12-07T01:00:00Z"), "zjj", "case.sign", "case", "c-1", null,
                        true)), 2, 50, 120);
    }

    @Test
    void chinesePageListsRecordsKeepsFiltersAndLinksExports() {
        String html = render(false, twoRecords(), List.of());
        assertThat(html).doesNotContain("??", "<script>alert")
                .contains("审计日志", "共 120 条", "审计记录（第 2 / 3 页）", "2026-12-07 10:00", "case.answer",
                        "&lt;script&gt;alert(1)&lt;/script&gt;", "待入链", "（举报件，仅纪委可见）")
                .contains("<label for=\"a-from\">起始日期</label>", "id=\"a-from\" name=\"from\" type=\"date\"",
                        "value=\"2026-12-01\"", "value=\"zjj\"", "value=\"case.\"")
                .contains("href=\"/api/staff/audit/export.csv?from=2026-12-01&amp;actor=zjj&amp;action=case.\"",
                        "href=\"/staff/audit?page=1&amp;from=2026-12-01&amp;actor=zjj&amp;action=case.\"",
                        "href=\"/staff/audit?page=3&amp;from=2026-12-01");
    }

    @Test
    void englishPageWithAFieldError() {
        String html = render(true, new Page<>(List.of(), 1, 50, 0),
                List.of(new FieldError("from", "起始时间格式应为 2026-12-01", "From must be a date such as 2026-12-01")));
        assertThat(html).doesNotContain("??", "export.csv")
                .contains("Audit log", "No records match.", "From must be a date such as 2026-12-01",
                        "aria-invalid=\"true\"", "href=\"#a-from\"", "aria-describedby=\"ae-from\"");
    }
}
