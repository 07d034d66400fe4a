package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minsheng.it.TestFiles.Part;

/**
 * Government information disclosure: the housing bureau's editor drafts, its approver sends back
 * and then signs off, the document is published with the bureau's next catalogue number, is found
 * by its 文号 and downloaded; validity changes show on the old page; a scheduled document goes out
 * by itself; a draft past its 20 working days is flagged to the bureau's head; bad input is a
 * problem with field errors and stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DisclosureIT {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SERIAL = new AtomicInteger();
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    static JsonObjectBuilder draft(String title, String number, LocalDate madeOn) {
        return Json.createObjectBuilder().add("bodyCode", "zjj").add("title", title)
                .add("summary", "规范" + title + "的办理流程。").add("text", title + "：自印发之日起施行，请各单位遵照执行。")
                .add("writtenOn", madeOn.toString()).add("madeOn", madeOn.toString())
                .add("documentNumber", number == null ? jakarta.json.JsonValue.NULL : Json.createValue(number))
                .add("topicCode", "T-URBAN").add("genreCode", "G-NOTICE")
                .add("keywords", Json.createArrayBuilder().add("物业").add("测试"));
    }

    static String uniqueNumber() {
        return "常建测〔2026〕" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet() + "号";
    }

    static long create(Api editor, JsonObjectBuilder draft) {
        Api.Reply created = editor.post("/api/staff/disclosure/documents", draft.build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    static JsonObject step(Api api, long id, String step, JsonObjectBuilder body, int status) {
        long version = api.get("/api/staff/disclosure/documents/" + id).json().getJsonNumber("version").longValue();
        Api.Reply reply = api.post("/api/staff/disclosure/documents/" + id + "/" + step,
                body.add("version", version).build().toString());
        assertThat(reply.status()).as(step + ": " + reply.body()).isEqualTo(status);
        return reply.json();
    }

    /** Drafted, submitted and approved: published now. */
    static JsonObject published(String title, String number) {
        Api editor = Api.signedIn("zjj-editor");
        long id = create(editor, draft(title, number, LocalDate.now(CITY)));
        step(editor, id, "submit", Json.createObjectBuilder(), 200);
        return step(Api.signedIn("zjj-approver"), id, "approve", Json.createObjectBuilder(), 200);
    }

    @Test
    void draftReviewRejectPublishAndAResidentFindsItByItsNumberAndDownloadsTheFile() {
        Api editor = Api.signedIn("zjj-editor");
        Api approver = Api.signedIn("zjj-approver");
        String number = uniqueNumber();
        long id = create(editor, draft("关于规范物业服务收费公示的通知", number, LocalDate.now(CITY)));

        Api.Reply attached = editor.postRaw("/api/staff/disclosure/documents/" + id + "/attachments",
                "multipart/form-data; boundary=" + TestFiles.BOUNDARY,
                TestFiles.multipart(List.of(Part.file("收费公示.pdf", "application/pdf", PDF))));
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        long fileId = attached.json().getJsonNumber("id").longValue();

        step(editor, id, "submit", Json.createObjectBuilder(), 200);
        // Not public while in review, and invisible to an approver of another body.
        assertThat(Api.anonymous().get("/api/disclosure/documents/" + id).status()).isEqualTo(404);
        assertThat(Api.signedIn("approver").post("/api/staff/disclosure/documents/" + id + "/approve",
                "{\"version\":0}").status()).isEqualTo(404);

        JsonObject rejected = step(approver, id, "reject", Json.createObjectBuilder().add("comment", "请补充收费标准依据"), 200);
        assertThat(rejected.getString("status")).isEqualTo("DRAFT");
        assertThat(rejected.getString("rejectComment")).isEqualTo("请补充收费标准依据");
        step(approver, id, "reject", Json.createObjectBuilder().add("comment", "再退"), 409);

        long version = rejected.getJsonNumber("version").longValue();
        Api.Reply edited = editor.put("/api/staff/disclosure/documents/" + id + "?version=" + version,
                draft("关于规范物业服务收费公示的通知", number, LocalDate.now(CITY))
                        .add("summary", "依据《物业服务收费管理办法》规范收费公示。").build().toString());
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        step(editor, id, "submit", Json.createObjectBuilder(), 200);
        JsonObject published = step(approver, id, "approve", Json.createObjectBuilder(), 200);
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        String indexNumber = published.getString("indexNumber");
        String organisationCode = Database.text("select organisation_code from disclosure_body where department_code = 'zjj'");
        assertThat(indexNumber).matches(organisationCode + "/" + LocalDate.now(CITY).getYear() + "-\\d{5}");
        assertThat(published.getJsonArray("approvedBy").getString(0)).isEqualTo("zjj-approver");

        // Found by its 文号, by its catalogue number, and on its page with the metadata table.
        JsonArray found = Api.anonymous().get("/api/disclosure/documents?q="
                + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8)).json().getJsonArray("items");
        assertThat(found).hasSize(1);
        assertThat(found.getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(Api.anonymous().get("/api/disclosure/index-numbers?number=" + indexNumber).json()
                .getJsonNumber("id").longValue()).isEqualTo(id);
        Api.Reply page = Api.anonymous().page("/disclosure/documents/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(indexNumber, number, "data-integrity-part=\"text\"", "成文日期", "收费公示.pdf");
        Api.Download file = Api.anonymous().download("/disclosure/documents/" + id + "/attachments/" + fileId);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/pdf");
        assertThat(file.body()).isEqualTo(PDF);

        // Under tamper watch, intact; every step audited.
        assertThat(Database.text("select path from watched_page where kind = 'DISCLOSURE' and reference = ?",
                indexNumber)).isEqualTo("/disclosure/documents/" + id);
        List<String> actions = Arrays.asList(Database.text("select string_agg(action, ',' order by id) from audit_record"
                + " where subject_type = 'disclosure-document' and subject_id = ?", String.valueOf(id)).split(","));
        assertThat(actions).containsSubsequence("disclosure.draft", "disclosure.attach", "disclosure.submit",
                "disclosure.reject", "disclosure.edit", "disclosure.submit", "disclosure.approve", "disclosure.publish");
    }

    @Test
    void aRepealedDocumentSaysSoAtTheTopAndLinksItsReplacementAndAnInterpretationLinksBothWays() {
        JsonObject old = published("住宅小区电梯维护管理办法", uniqueNumber());
        JsonObject replacement = published("住宅小区电梯维护管理办法（修订）", uniqueNumber());
        long oldId = old.getJsonNumber("id").longValue();
        long newId = replacement.getJsonNumber("id").longValue();
        Api editor = Api.signedIn("zjj-editor");

        Api.Reply missing = editor.post("/api/staff/disclosure/documents/" + oldId + "/validity",
                Json.createObjectBuilder().add("version", old.getJsonNumber("version").longValue())
                        .add("validity", "REPEALED").build().toString());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("replacedById", "替代文件");

        JsonObject repealed = step(editor, oldId, "validity", Json.createObjectBuilder().add("validity", "REPEALED")
                .add("replacedById", newId), 200);
        assertThat(repealed.getString("validity")).isEqualTo("REPEALED");
        String oldPage = Api.anonymous().page("/disclosure/documents/" + oldId).body();
        assertThat(oldPage).contains("id=\"validity-notice\"", "已废止", "href=\"/disclosure/documents/" + newId + "\"");
        assertThat(oldPage.indexOf("validity-notice")).isLessThan(oldPage.indexOf("data-integrity-part=\"title\""));
        assertThat(Api.anonymous().get("/api/disclosure/documents/" + newId).json().getJsonArray("replaces")
                .getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(oldId);

        step(editor, oldId, "validity", Json.createObjectBuilder().add("validity", "EXPIRED"), 200);
        assertThat(Api.anonymous().page("/disclosure/documents/" + oldId).body()).contains("已失效")
                .doesNotContain("id=\"replaced-by\"");

        Api approver = Api.signedIn("zjj-approver");
        long interpretation = create(editor, draft("图解：电梯维护管理办法修订要点", null, LocalDate.now(CITY))
                .add("genreCode", "G-INTERP").add("interpretsId", newId));
        step(editor, interpretation, "submit", Json.createObjectBuilder(), 200);
        step(approver, interpretation, "approve", Json.createObjectBuilder(), 200);
        assertThat(Api.anonymous().page("/disclosure/documents/" + newId).body())
                .contains("href=\"/disclosure/documents/" + interpretation + "\"", "政策解读");
        assertThat(Api.anonymous().page("/disclosure/documents/" + interpretation).body())
                .contains("id=\"interprets\" href=\"/disclosure/documents/" + newId + "\"");
    }

    @Test
    void aScheduledDocumentIsPublishedAtItsTimeAndALateDraftIsFlaggedToTheHead() {
        Api editor = Api.signedIn("zjj-editor");
        String time = LocalDateTime.now(CITY).plusSeconds(130).truncatedTo(ChronoUnit.MINUTES).toString();
        long scheduled = create(editor, draft("关于住宅小区充电设施建设的通知", uniqueNumber(), LocalDate.now(CITY))
                .add("publishAt", time));
        step(editor, scheduled, "submit", Json.createObjectBuilder(), 200);
        JsonObject approved = step(Api.signedIn("zjj-approver"), scheduled, "approve", Json.createObjectBuilder(), 200);
        assertThat(approved.getString("status")).isEqualTo("SCHEDULED");

        String lateTitle = "关于物业服务企业年度考核的通知" + SERIAL.incrementAndGet();
        long late = create(editor, draft(lateTitle, uniqueNumber(), LocalDate.now(CITY).minusDays(60)));
        JsonObject overview = editor.get("/api/staff/disclosure").json();
        assertThat(overview.getJsonArray("late").stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getJsonNumber("id").longValue() == late)).isTrue();
        assertThat(editor.page("/staff/disclosure").body()).contains(lateTitle, "逾期");

        Api head = Api.signedIn("zjj-head");
        assertThat(Await.until(Duration.ofSeconds(150), () -> head.get("/api/staff/notifications").body()
                .contains(lateTitle))).as("the head is told about the late draft").isTrue();
        assertThat(Await.until(Duration.ofSeconds(240), () -> Api.anonymous()
                .get("/api/disclosure/documents/" + scheduled).status() == 200))
                .as("the scheduled document goes out by itself").isTrue();
        assertThat(Database.count("select count(*) from audit_record where action = 'disclosure.late' and subject_id = ?",
                String.valueOf(late))).isEqualTo(1);
    }

    @Test
    void badInputIsAProblemWithFieldErrorsAndStoresNothing() {
        Api editor = Api.signedIn("zjj-editor");
        long before = Database.count("select count(*) from disclosure_document");

        Api.Reply unknownBody = editor.post("/api/staff/disclosure/documents",
                draft("无主体的文件", uniqueNumber(), LocalDate.now(CITY)).add("bodyCode", "nosuch").build().toString());
        assertThat(unknownBody.status()).isEqualTo(422);
        assertThat(unknownBody.contentType()).startsWith("application/problem+json");
        assertThat(unknownBody.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("bodyCode");

        Api.Reply badDate = editor.post("/api/staff/disclosure/documents",
                draft("日期有误的文件", uniqueNumber(), LocalDate.now(CITY)).add("writtenOn", "2026-13-45")
                        .add("topicCode", "NOPE").build().toString());
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.body()).contains("writtenOn", "成文日期格式", "topicCode", "Choose a topic");

        Api.Reply badNumber = Api.anonymous().get("/api/disclosure/index-numbers?number=abc-2026-1");
        assertThat(badNumber.status()).isEqualTo(422);
        assertThat(badNumber.body()).contains("indexNumber", "索引号");
        assertThat(Api.anonymous().get("/api/disclosure/documents?body=nosuch").status()).isEqualTo(422);
        assertThat(Database.count("select count(*) from disclosure_document")).isEqualTo(before);

        long id = create(editor, draft("附件检查", uniqueNumber(), LocalDate.now(CITY)));
        Api.Reply disguised = editor.postRaw("/api/staff/disclosure/documents/" + id + "/attachments",
                "multipart/form-data; boundary=" + TestFiles.BOUNDARY,
                TestFiles.multipart(List.of(Part.file("照片.png", "image/png", PDF))));
        assertThat(disguised.status()).as(disguised.body()).isEqualTo(415);
        assertThat(disguised.contentType()).startsWith("application/problem+json");
        byte[] huge = new byte[6 * 1024 * 1024];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        Api.Reply oversized = editor.postRaw("/api/staff/disclosure/documents/" + id + "/attachments",
                "multipart/form-data; boundary=" + TestFiles.BOUNDARY,
                TestFiles.multipart(List.of(Part.file("大文件.pdf", "application/pdf", huge))));
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(Database.count("select count(*) from disclosure_attachment where document_id = ?", id)).isZero();
    }
}
