package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff case search: by number, keyword and the resident's mobile, paged past 200 rows, exported
 * as CSV and Excel; a department finds only its own cases, report-mailbox cases only the
 * discipline role; bad criteria are a problem with field errors; searches are audited.
 */
@ExtendWith(ArquillianExtension.class)
class CaseSearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonObject submit(String channel, String title, String mobile) {
        var json = Json.createObjectBuilder().add("channel", channel).add("title", title)
                .add("body", title + "，请尽快处理。").add("name", "孙市民").add("mobile", mobile)
                .add("publicRequested", false);
        if ("LEADER_MAILBOX".equals(channel)) {
            json.add("leaderCode", "shizhang");
        }
        Api.Reply reply = Api.anonymous().post("/api/submissions", json.build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    @Test
    void staffFindCasesByNumberKeywordAndMobileAndExportThem() throws Exception {
        JsonObject letter = submit("LEADER_MAILBOX", "德山开发区路口信号灯故障", "13700112233");
        String number = letter.getString("trackingNumber");
        JsonObject report = submit("REPORT_MAILBOX", "举报德山某所收受购物卡", "13700112233");
        assertThat(Await.until(Duration.ofSeconds(60), () -> "DISPATCHED".equals(Routing.lookup(
                report.getString("trackingNumber"), report.getString("queryCode")).getString("status")))).isTrue();

        Api dispatcher = Api.signedIn("dispatcher");
        Api.Reply byNumber = dispatcher.get("/api/staff/case-search?number=" + number);
        assertThat(byNumber.status()).as(byNumber.body()).isEqualTo(200);
        assertThat(byNumber.json().getInt("total")).isEqualTo(1);
        assertThat(dispatcher.get("/api/staff/case-search?keyword=" + enc("信号灯故障")).body()).contains(number);
        JsonObject byMobile = dispatcher.get("/api/staff/case-search?mobile=13700112233").json();
        assertThat(byMobile.getInt("total")).as("the report is not the platform's to find").isEqualTo(1);
        assertThat(Api.signedIn("jiwei").get("/api/staff/case-search?mobile=13700112233").body())
                .contains(report.getString("trackingNumber")).doesNotContain(number);

        // Paging goes past the queues' 200 rows: every case of the demo city plus these, 100 a page.
        JsonObject all = dispatcher.get("/api/staff/case-search?size=100&page=1").json();
        long total = all.getJsonNumber("total").longValue();
        assertThat(all.getJsonArray("items")).hasSize((int) Math.min(100, total));
        long lastPage = (total + 99) / 100;
        assertThat(dispatcher.get("/api/staff/case-search?size=100&page=" + lastPage).json().getJsonArray("items"))
                .hasSize((int) (total - (lastPage - 1) * 100));

        Api.Reply csv = dispatcher.get("/api/staff/case-search/export.csv?keyword=" + enc("信号灯故障"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF件号,").contains(number, "13700112233");
        Api.Reply xlsx = dispatcher.get("/api/staff/case-search/export.xlsx?number=" + number);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats");

        Api.Reply bad = dispatcher.get("/api/staff/case-search?mobile=abc&from=2026-13-40");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("mobile", "from", "手机号只能是数字", "A mobile number is digits");

        Api.Reply page = dispatcher.page("/staff/case-search?keyword=" + enc("信号灯故障"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(number, "export.csv?keyword=");
        assertThat(Api.anonymous().get("/api/staff/case-search").status()).isEqualTo(401);
        assertThat(Database.count("select count(*) from audit_record where action in ('case.search', 'case.export')"
                + " and actor = 'dispatcher'")).isGreaterThanOrEqualTo(5);
    }
}
