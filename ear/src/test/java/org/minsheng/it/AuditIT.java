package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail as the administrator and the discipline role use it: the hash chain catches a
 * record changed in the database, the page and the API filter and page, the exports read back,
 * report-mailbox records stay with the discipline role, and everyone else is refused.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    /** Two audited changes by the administrator: a day set as a holiday, then removed. */
    private static String calendarChanges(Api admin, String day, String name) {
        Api.Reply set = admin.put("/api/admin/calendar/" + day,
                Json.createObjectBuilder().add("kind", "HOLIDAY").add("name", name).build().toString());
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(admin.delete("/api/admin/calendar/" + day).status()).isEqualTo(204);
        return day;
    }

    private static long recordId(String action, String subjectId) {
        return Long.parseLong(Database.text("select max(id) from audit_record where action = ? and subject_id = ?",
                action, subjectId));
    }

    private static boolean sealed(long id) {
        return Database.count("select count(*) from audit_record where id = ? and seq is not null", id) == 1;
    }

    @Test
    void theChainShowsWhichRecordWasChangedInTheDatabase() {
        Api admin = Api.signedIn("admin");
        String day = calendarChanges(admin, "2026-12-16", "审计链测试");
        long set = recordId("calendar.set", day);
        long removed = recordId("calendar.remove", day);
        assertThat(Await.until(Duration.ofSeconds(30), () -> sealed(set) && sealed(removed)))
                .as("records are sealed into the chain shortly after they commit").isTrue();

        JsonObject intact = admin.get("/api/staff/audit/verify").json();
        assertThat(intact.getBoolean("intact")).as(intact.toString()).isTrue();
        assertThat(intact.getJsonNumber("verified").longValue()).isEqualTo(intact.getJsonNumber("headSeq").longValue())
                .isGreaterThanOrEqualTo(Database.count("select seq from audit_record where id = ?", removed));
        assertThat(intact.getString("headHash")).matches("[0-9a-f]{64}");

        String original = Database.text("select detail from audit_record where id = ?", set);
        assertThat(Database.update("update audit_record set detail = ? where id = ?", "HOLIDAY 改过的记录", set))
                .isEqualTo(1);
        try {
            JsonObject broken = Api.signedIn("jiwei").get("/api/staff/audit/verify").json();
            assertThat(broken.getBoolean("intact")).isFalse();
            assertThat(broken.getJsonNumber("brokenRecordId").longValue()).isEqualTo(set);
            assertThat(broken.getString("brokenKind")).isEqualTo("HASH");
            assertThat(broken.getString("problem")).contains("record " + set).contains("changed")
                    .doesNotContain("改过的记录");
            assertThat(broken.getJsonNumber("verified").longValue())
                    .isEqualTo(Database.count("select seq from audit_record where id = ?", set) - 1);
        } finally {
            Database.update("update audit_record set detail = ? where id = ?", original, set);
        }
        assertThat(admin.get("/api/staff/audit/verify").json().getBoolean("intact")).isTrue();

        // Two records that swap places in the chain break the link where the first of them now stands.
        long setSeq = Database.count("select seq from audit_record where id = ?", set);
        long removedSeq = Database.count("select seq from audit_record where id = ?", removed);
        swapPlaces(set, setSeq, removed, removedSeq);
        try {
            JsonObject swapped = admin.get("/api/staff/audit/verify").json();
            assertThat(swapped.getBoolean("intact")).isFalse();
            assertThat(swapped.getJsonNumber("brokenRecordId").longValue()).isEqualTo(removed);
            assertThat(swapped.getJsonNumber("brokenSeq").longValue()).isEqualTo(setSeq);
            assertThat(swapped.getString("brokenKind")).isEqualTo("LINK");
        } finally {
            swapPlaces(set, removedSeq, removed, setSeq);
        }
        assertThat(admin.get("/api/staff/audit/verify").json().getBoolean("intact")).isTrue();
    }

    /** Gives record a the place b had and the other way round (through a free place: seq is unique). */
    private static void swapPlaces(long a, long aSeq, long b, long bSeq) {
        Database.update("update audit_record set seq = -1 where id = ?", a);
        Database.update("update audit_record set seq = ? where id = ?", aSeq, b);
        Database.update("update audit_record set seq = ? where id = ?", bSeq, a);
    }

    @Test
    void thePageAndTheApiFilterPageAndExport() throws Exception {
        Api admin = Api.signedIn("admin");
        String name = "审计导出" + UUID.randomUUID().toString().substring(0, 6);
        String day = calendarChanges(admin, "2026-12-17", name);

        JsonObject found = admin.get("/api/staff/audit?actor=admin&action=calendar.&subjectType=calendar&subjectId="
                + day + "&from=2026-01-01&size=1").json();
        assertThat(found.getInt("total")).isGreaterThanOrEqualTo(2);
        assertThat(found.getJsonArray("items")).hasSize(1);
        JsonObject newest = found.getJsonArray("items").getJsonObject(0);
        assertThat(newest.getString("action")).as("newest first").isEqualTo("calendar.remove");
        assertThat(newest.getString("subjectId")).isEqualTo(day);
        JsonObject second = admin.get("/api/staff/audit?actor=admin&action=calendar.&subjectId=" + day
                + "&size=1&page=2").json().getJsonArray("items").getJsonObject(0);
        assertThat(second.getString("action")).isEqualTo("calendar.set");
        assertThat(second.getString("detail")).isEqualTo("HOLIDAY " + name);
        assertThat(admin.get("/api/staff/audit?actor=nobody-at-all").json().getInt("total")).isZero();
        assertThat(admin.get("/api/staff/audit?from=2027-01-01&to=2026-01-01").status()).isEqualTo(422);
        assertThat(admin.get("/api/staff/audit?from=yesterday").status()).isEqualTo(422);

        Api.Reply page = admin.page("/staff/audit?actor=admin&subjectId=" + day);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("审计日志", "calendar.remove", "HOLIDAY " + name, "导出 CSV",
                "/api/staff/audit/export.xlsx?actor=admin&amp;subjectId=" + day);
        Api.Reply wrong = admin.page("/staff/audit?from=2026-02-30");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("起始时间格式应为", "aria-invalid=\"true\"");

        Api.Download csv = admin.download("/api/staff/audit/export.csv?subjectId=" + day);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.disposition()).startsWith("attachment; filename=\"audit-").endsWith(".csv\"");
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8)
                .lines().toList();
        assertThat(lines.get(0)).isEqualTo("记录编号,链序号,时间（北京时间）,操作人,操作,对象类型,对象编号,详情");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).split(",")).satisfies(cells -> {
            assertThat(cells[3]).isEqualTo("admin");
            assertThat(cells[4]).isEqualTo("calendar.remove");
            assertThat(cells[6]).isEqualTo(day);
        });
        assertThat(lines.get(2)).endsWith(",calendar.set,calendar," + day + ",HOLIDAY " + name);

        Api.Download xlsx = admin.download("/api/staff/audit/export.xlsx?subjectId=" + day);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(cells.formatCellValue(sheet.getRow(0).getCell(7))).isEqualTo("详情");
            Row set = sheet.getRow(2);
            assertThat(cells.formatCellValue(set.getCell(0))).isEqualTo(String.valueOf(second.getJsonNumber("id")));
            assertThat(cells.formatCellValue(set.getCell(4))).isEqualTo("calendar.set");
            assertThat(cells.formatCellValue(set.getCell(7))).isEqualTo("HOLIDAY " + name);
            assertThat(set.getCell(2).getDateCellValue()).isNotNull();
        }

        JsonObject exports = admin.get("/api/staff/audit?action=audit.export&actor=admin&size=2").json();
        assertThat(exports.getJsonArray("items").getJsonObject(0).getString("subjectId")).isEqualTo("xlsx");
        assertThat(exports.getJsonArray("items").getJsonObject(0).getString("detail"))
                .isEqualTo("2 records; filter: subjectId=" + day);
        assertThat(exports.getJsonArray("items").getJsonObject(1).getString("subjectId")).isEqualTo("csv");
    }

    @Test
    void reportMailboxRecordsAreForTheDisciplineRoleOnly() {
        String title = "举报审计测试" + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply submitted = Api.anonymous().post("/api/submissions", Json.createObjectBuilder()
                .add("channel", "REPORT_MAILBOX").add("title", title).add("body", "某单位干部收受礼金，详情如下。")
                .add("name", "李群众").add("mobile", "13912340000").add("publicRequested", false).build().toString());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String number = submitted.json().getString("trackingNumber");
        String caseId = Database.text("select id from case_file where tracking_number = ?", number);

        JsonObject discipline = Api.signedIn("jiwei").get("/api/staff/audit?subjectType=case&subjectId=" + caseId).json();
        assertThat(discipline.getInt("total")).isGreaterThanOrEqualTo(1);
        assertThat(discipline.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(r -> assertThat(r.getBoolean("confidential")).isTrue());

        Api admin = Api.signedIn("admin");
        assertThat(admin.get("/api/staff/audit?subjectType=case&subjectId=" + caseId).json().getInt("total")).isZero();
        assertThat(admin.get("/api/staff/audit?action=case.register&size=100").body()).doesNotContain(number);
        assertThat(admin.page("/staff/audit?subjectId=" + caseId).body()).doesNotContain(number);
        assertThat(new String(admin.download("/api/staff/audit/export.csv?action=case.").body(), StandardCharsets.UTF_8))
                .doesNotContain(caseId);
    }

    @Test
    void otherRolesAreRefused() {
        Api handler = Api.signedIn("handler");
        assertThat(handler.get("/api/staff/audit").status()).isEqualTo(403);
        assertThat(handler.get("/api/staff/audit/verify").status()).isEqualTo(403);
        assertThat(handler.download("/api/staff/audit/export.csv").status()).isEqualTo(403);
        assertThat(handler.download("/api/staff/audit/export.xlsx").status()).isEqualTo(403);
        assertThat(handler.page("/staff/audit").status()).isEqualTo(403);
        assertThat(Api.anonymous().get("/api/staff/audit").status()).isEqualTo(401);
        assertThat(Database.count("select count(*) from audit_record where action = 'audit.export'"
                + " and actor = 'handler'")).isZero();
    }
}
