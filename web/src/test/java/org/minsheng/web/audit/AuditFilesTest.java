package org.minsheng.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.audit.api.AuditView;

class AuditFilesTest {

    @Test
    void cellsAFormulaWouldStartWithGetAnApostrophe() {
        assertThat(AuditFiles.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AuditFiles.csvCell("+1")).isEqualTo("'+1");
        assertThat(AuditFiles.csvCell("-2")).isEqualTo("'-2");
        assertThat(AuditFiles.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditFiles.csvCell("签收")).isEqualTo("签收");
        assertThat(AuditFiles.csvCell("a — b")).isEqualTo("a — b");
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(AuditFiles.csvCell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditFiles.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditFiles.csvCell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkAndCrLfLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditFiles.csv(List.of(new AuditView(7, 3L, Instant.parse("2026-12-07T00:30:00Z"), "zjj", "case.sign", "case",
                "c-1", null, false)), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("记录编号,链序号,时间（北京时间）,操作人,操作,对象类型,对象编号,详情\r\n"
                + "7,3,2026-12-07 08:30:00,zjj,case.sign,case,c-1,\r\n");
    }

    @Test
    void linksKeepTheFilters() {
        AuditFilters filters = new AuditFilters("2026-12-01", null, " zjj ", "case.", "", null);
        assertThat(filters.pageLink(2)).isEqualTo("/staff/audit?page=2&from=2026-12-01&actor=zjj&action=case.");
        assertThat(filters.exportLink("csv")).isEqualTo("/api/staff/audit/export.csv?from=2026-12-01&actor=zjj&action=case.");
        assertThat(new AuditFilters(null, null, null, null, null, null).exportLink("xlsx"))
                .isEqualTo("/api/staff/audit/export.xlsx");
        assertThat(filters.any()).isTrue();
    }
}
