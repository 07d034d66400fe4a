package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Applications for government information: every statutory answer type, each with its answer
 * letter; the clock (completion restarts it, one extension by the head, a third-party consultation
 * pauses it); a signed-in resident sees theirs; bad applications are refused whole.
 */
@ExtendWith(ArquillianExtension.class)
class DisclosureRequestIT {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    static String personId() {
        long n = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L);
        return "43070219" + String.format("%09d", n) + "X";
    }

    static JsonObjectBuilder form(String idNumber) {
        return Json.createObjectBuilder().add("bodyCode", "zjj").add("organisation", false).add("applicantName", "李四")
                .add("idNumber", idNumber).add("phone", "13800000000").add("delivery", "DOWNLOAD")
                .add("description", "2025年武陵区丹阳街道老旧小区改造项目的立项批复文件");
    }

    static JsonObject apply(Api api, JsonObjectBuilder form) {
        Api.Reply reply = api.post("/api/disclosure/requests", form.build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    static JsonObject step(Api staff, String number, String step, JsonObjectBuilder body, int status) {
        long version = staff.get("/api/staff/disclosure/requests/" + number).json().getJsonNumber("version").longValue();
        Api.Reply reply = staff.post("/api/staff/disclosure/requests/" + number + "/" + step,
                body.add("version", version).build().toString());
        assertThat(reply.status()).as(step + ": " + reply.body()).isEqualTo(status);
        return reply.json();
    }

    static String lookup(String number, String code) {
        return Json.createObjectBuilder().add("number", number).add("queryCode", code).build().toString();
    }

    /** The letter's text, read back from the PDF. */
    static String letter(String number, String code) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Api.BASE + "/api/disclosure/requests/letter"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(lookup(number, code))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        PdfReader reader = new PdfReader(response.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        return text.toString().replaceAll("\\s+", "");
    }

    @Test
    void everyAnswerTypeGivesItsLetterWithTheRemedies() throws Exception {
        Api editor = Api.signedIn("zjj-editor");
        Map<String, JsonObjectBuilder> answers = new java.util.LinkedHashMap<>();
        answers.put("已经主动公开", Json.createObjectBuilder().add("type", "ALREADY_PUBLIC")
                .add("location", "常德市人民政府门户网站政府信息公开专栏"));
        answers.put("现予以提供", Json.createObjectBuilder().add("type", "PROVIDED").add("text", "相关文件见附件。"));
        answers.put("其余部分予以提供", Json.createObjectBuilder().add("type", "PARTLY_PROVIDED").add("reason", "THIRD_PARTY"));
        answers.put("过程性信息", Json.createObjectBuilder().add("type", "NOT_PROVIDED").add("reason", "PROCESS_INFORMATION"));
        answers.put("该政府信息不存在", Json.createObjectBuilder().add("type", "DOES_NOT_EXIST"));
        answers.put("常德市自然资源和规划局", Json.createObjectBuilder().add("type", "OTHER_BODY")
                .add("otherBody", "常德市自然资源和规划局"));
        answers.put("重复申请", Json.createObjectBuilder().add("type", "REPEATED"));
        answers.put("不属于政府信息公开申请", Json.createObjectBuilder().add("type", "NOT_AN_INFORMATION_REQUEST"));
        for (Map.Entry<String, JsonObjectBuilder> a : answers.entrySet()) {
            JsonObject receipt = apply(Api.anonymous(), form(personId()));
            String number = receipt.getString("number");
            String code = receipt.getString("queryCode");
            assertThat(Api.anonymous().post("/api/disclosure/requests/letter", lookup(number, code)).status())
                    .as("no letter before the answer").isEqualTo(404);
            JsonObject answered = step(editor, number, "answer", a.getValue(), 200);
            assertThat(answered.getString("status")).isEqualTo("ANSWERED");
            JsonObject seen = Api.anonymous().post("/api/disclosure/requests/lookup", lookup(number, code)).json();
            assertThat(seen.getString("answerType")).isEqualTo(answered.getString("answerType"));
            assertThat(seen.getString("status")).isEqualTo("ANSWERED");
            assertThat(letter(number, code)).as(a.getKey()).contains(a.getKey(), "60日内", "行政复议", "6个月内",
                    "行政诉讼", number);
        }
        JsonObject other = apply(Api.anonymous(), form(personId()));
        Api.Reply missingReason = editor.post("/api/staff/disclosure/requests/" + other.getString("number") + "/answer",
                Json.createObjectBuilder().add("type", "NOT_PROVIDED").add("version", 0).build().toString());
        assertThat(missingReason.status()).isEqualTo(422);
        assertThat(missingReason.body()).contains("reason", "法定理由");
        assertThat(Api.anonymous().post("/api/disclosure/requests/letter",
                lookup(other.getString("number"), "000000".equals(other.getString("queryCode")) ? "111111" : "000000"))
                .status()).isEqualTo(404);
    }

    @Test
    void completionRestartsTheClockAnExtensionAddsDaysAndAConsultationPausesIt() {
        Api editor = Api.signedIn("zjj-editor");
        LocalDate today = LocalDate.now(CITY);
        JsonObject receipt = apply(Api.anonymous(), form(personId()));
        String number = receipt.getString("number");
        String code = receipt.getString("queryCode");
        // Received three calendar days ago: within the 7 working days for a completion request.
        Database.update("update disclosure_request set received_on = ?, clock_start_on = ? where number = ?",
                java.sql.Date.valueOf(today.minusDays(3)), java.sql.Date.valueOf(today.minusDays(3)), number);
        String dueBefore = editor.get("/api/staff/disclosure/requests/" + number).json().getString("dueOn");

        JsonObject asked = step(editor, number, "completion-request",
                Json.createObjectBuilder().add("note", "请写明批复文件的文号或成文时间"), 200);
        assertThat(asked.getString("status")).isEqualTo("AWAITING_COMPLETION");
        step(editor, number, "completion-request", Json.createObjectBuilder().add("note", "再次补正"), 409);
        JsonObject completed = Api.anonymous().post("/api/disclosure/requests/completion", Json.createObjectBuilder()
                .add("number", number).add("queryCode", code).add("supplement", "2025年5月的立项批复").build().toString())
                .json();
        assertThat(completed.getString("status")).isEqualTo("RECEIVED");
        assertThat(completed.getString("clockStartOn")).isEqualTo(today.toString());
        String dueAfterCompletion = completed.getString("dueOn");
        assertThat(LocalDate.parse(dueAfterCompletion)).isAfter(LocalDate.parse(dueBefore));

        step(Api.signedIn("zjj-editor"), number, "extension", Json.createObjectBuilder().add("days", 10)
                .add("reason", "需调取档案"), 403);
        Api head = Api.signedIn("zjj-head");
        step(head, number, "extension", Json.createObjectBuilder().add("days", 21).add("reason", "需调取档案"), 422);
        JsonObject extended = step(head, number, "extension", Json.createObjectBuilder().add("days", 10)
                .add("reason", "需调取档案"), 200);
        assertThat(extended.getInt("extensionDays")).isEqualTo(10);
        String dueExtended = extended.getString("dueOn");
        assertThat(LocalDate.parse(dueExtended)).isAfter(LocalDate.parse(dueAfterCompletion));
        step(head, number, "extension", Json.createObjectBuilder().add("days", 5).add("reason", "再延"), 409);

        JsonObject consulting = step(editor, number, "consultation",
                Json.createObjectBuilder().add("party", "常德某置业有限公司"), 200);
        assertThat(consulting.getString("status")).isEqualTo("CONSULTING");
        assertThat(consulting.getString("consultationDue")).isNotBlank();
        step(editor, number, "answer", Json.createObjectBuilder().add("type", "PROVIDED"), 409);
        // The consultation began four calendar days ago; its working days are not counted.
        Database.update("update disclosure_request set consultation_started_on = ? where number = ?",
                java.sql.Date.valueOf(today.minusDays(4)), number);
        JsonObject resumed = step(editor, number, "consultation/end", Json.createObjectBuilder(), 200);
        assertThat(resumed.getString("status")).isEqualTo("RECEIVED");
        int paused = resumed.getInt("pausedDays");
        assertThat(paused).isBetween(1, 4);
        assertThat(LocalDate.parse(resumed.getString("dueOn"))).isAfter(LocalDate.parse(dueExtended));
        assertThat(Database.count("select count(*) from audit_record where subject_type = 'disclosure-request'"
                + " and subject_id = ?", number)).isEqualTo(6);
    }

    @Test
    void aSignedInResidentSeesTheirApplicationsAndBadApplicationsAreRefusedWhole() {
        String login = "gk-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        Api resident = Api.anonymous();
        assertThat(resident.post("/api/residents", Json.createObjectBuilder().add("login", login)
                .add("displayName", "王五").add("password", Api.PASSWORD).build().toString()).status()).isEqualTo(201);
        assertThat(resident.post("/api/residents/session", Json.createObjectBuilder().add("login", login)
                .add("password", Api.PASSWORD).build().toString()).status()).isEqualTo(200);
        String number = apply(resident, form(personId())).getString("number");
        assertThat(resident.get("/api/disclosure/requests/mine").body()).contains(number);
        assertThat(resident.page("/account").body()).contains(number);

        long before = Database.count("select count(*) from disclosure_request");
        Api.Reply bad = Api.anonymous().post("/api/disclosure/requests", form("12345").add("bodyCode", "nosuch")
                .add("delivery", "FAX").add("phone", "x").build().toString());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("bodyCode", "idNumber", "delivery", "phone", "身份证");
        assertThat(Database.count("select count(*) from disclosure_request")).isEqualTo(before);
    }

    @Test
    void theEleventhApplicationOfAMonthCarriesTheFee() {
        String id = personId();
        for (int i = 1; i <= 10; i++) {
            assertThat(apply(Api.anonymous(), form(id)).getInt("feeYuan")).isZero();
        }
        assertThat(apply(Api.anonymous(), form(id)).getInt("feeYuan")).isEqualTo(100);
    }

    @Test
    void theAnnualReportsTablesAgreeWithARecountAndComeAsPdf() throws Exception {
        Api editor = Api.signedIn("zjj-editor");
        int year = LocalDate.now(CITY).getYear();
        JsonObject organisation = apply(Api.anonymous(), form("91430700MA4L000001").add("organisation", true)
                .add("applicantName", "常德某物业服务有限公司"));
        step(editor, organisation.getString("number"), "answer", Json.createObjectBuilder().add("type", "NOT_PROVIDED")
                .add("reason", "INTERNAL_AFFAIRS"), 200);
        Api.Reply entered = editor.put("/api/staff/disclosure/annual-report/remedies", Json.createObjectBuilder()
                .add("year", year).add("bodyCode", "zjj").add("kind", "RECONSIDERATION").add("outcomes",
                        Json.createObjectBuilder().add("UPHELD", 2).add("CORRECTED", 1).add("PENDING", 1))
                .build().toString());
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);

        JsonObject report = editor.get("/api/staff/disclosure/annual-report?year=" + year).json();
        assertThat(report.getString("bodyCode")).isEqualTo("zjj");
        java.sql.Date first = java.sql.Date.valueOf(LocalDate.of(year, 1, 1));
        java.sql.Date last = java.sql.Date.valueOf(LocalDate.of(year, 12, 31));
        java.sql.Timestamp from = java.sql.Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(CITY).toInstant());
        java.sql.Timestamp to = java.sql.Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(CITY).toInstant());
        assertThat(report.getJsonNumber("publishedTotal").longValue()).isEqualTo(Database.count(
                "select count(*) from disclosure_document where body_code = 'zjj' and status = 'PUBLISHED'"
                        + " and published_at >= ? and published_at < ?", from, to));
        assertThat(report.getJsonNumber("receivedFromPersons").longValue()).isEqualTo(Database.count(
                "select count(*) from disclosure_request where body_code = 'zjj' and not organisation"
                        + " and received_on between ? and ?", first, last));
        assertThat(report.getJsonNumber("receivedFromOrganisations").longValue()).isEqualTo(Database.count(
                "select count(*) from disclosure_request where body_code = 'zjj' and organisation"
                        + " and received_on between ? and ?", first, last)).isPositive();
        for (JsonObject row : report.getJsonArray("answers").getValuesAs(JsonObject.class)) {
            assertThat(row.getJsonNumber("count").longValue()).as(row.getString("code")).isEqualTo(Database.count(
                    "select count(*) from disclosure_request where body_code = 'zjj' and answer_type = ?"
                            + " and answered_on between ? and ?", row.getString("code"), first, last));
        }
        JsonObject internal = report.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code").equals("INTERNAL_AFFAIRS")).findFirst().orElseThrow();
        assertThat(internal.getJsonNumber("count").longValue()).isEqualTo(Database.count(
                "select count(*) from disclosure_request where body_code = 'zjj' and legal_reason = 'INTERNAL_AFFAIRS'"
                        + " and answered_on between ? and ?", first, last)).isPositive();
        assertThat(report.getJsonNumber("carriedForward").longValue()).isEqualTo(Database.count(
                "select count(*) from disclosure_request where body_code = 'zjj' and received_on <= ?"
                        + " and (answered_on is null or answered_on > ?)", last, last));
        JsonObject reconsideration = report.getJsonArray("remedies").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("kind").equals("RECONSIDERATION")).findFirst().orElseThrow();
        assertThat(List.of(reconsideration.getInt("upheld"), reconsideration.getInt("corrected"),
                reconsideration.getInt("other"), reconsideration.getInt("pending"))).containsExactly(2, 1, 0, 1);

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE
                        + "/api/staff/disclosure/annual-report/pdf?year=" + year + "&body=zjj"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("zjj-editor:" + Api.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder pages = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pages.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        String text = pages.toString().replaceAll("\\s+", "");
        assertThat(text).contains("年度报告", "主动公开", "行政复议");
        assertThat(editor.page("/staff/disclosure/annual-report?year=" + year).body())
                .contains("id=\"remedies\"", "行政复议", "/staff/disclosure/annual-report/pdf?year=" + year + "&amp;body=zjj");
        assertThat(editor.get("/api/staff/disclosure/annual-report?year=" + year + "&body=jtysj").status())
                .as("another body's report").isEqualTo(403);
    }
}
