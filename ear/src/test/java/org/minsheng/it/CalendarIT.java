package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator reads the shipped 2026 schedule, declares an extra day off and sees due dates
 * move at once, then takes it back; everyone else is refused and bad input is explained.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarIT {

    /** A Monday well away from the shipped holidays; five working days later is the next Monday. */
    private static final String MONDAY = "2026-11-30";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private static String dueFrom(String from, int days) {
        Api.Reply reply = Api.anonymous().get("/api/calendar/working-days?from=" + from + "&days=" + days);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getString("due");
    }

    @Test
    void anExtraDayOffMovesDueDatesUntilItIsRemoved() {
        Api admin = Api.signedIn("admin");
        Api.Reply year = admin.get("/api/admin/calendar?year=2026");
        assertThat(year.status()).as(year.body()).isEqualTo(200);
        List<String> days = year.json().getJsonArray("days").stream().map(JsonObject.class::cast)
                .map(d -> d.getString("day") + " " + d.getString("kind") + " " + d.getString("name")).toList();
        assertThat(days).hasSize(39).contains("2026-10-01 HOLIDAY 国庆节", "2026-10-10 WORKDAY 国庆节调休上班");

        JsonObject nationalDay = Api.anonymous().get("/api/calendar/working-days?from=2026-09-30&days=5").json();
        assertThat(nationalDay.getString("due")).isEqualTo("2026-10-13");
        assertThat(nationalDay.getString("dueAt")).isEqualTo("2026-10-13T16:00:00Z");
        assertThat(dueFrom(MONDAY, 5)).isEqualTo("2026-12-07");

        try {
            Api.Reply set = admin.put("/api/admin/calendar/2026-12-02", "{\"kind\":\"HOLIDAY\",\"name\":\"全市停电检修\"}");
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(set.json().getString("kind")).isEqualTo("HOLIDAY");
            assertThat(dueFrom(MONDAY, 5)).as("the edit shows at once").isEqualTo("2026-12-08");
            assertThat(Database.count("select count(*) from audit_record where action = 'calendar.set'"
                    + " and subject_id = '2026-12-02' and actor = 'admin'")).isEqualTo(1);
        } finally {
            assertThat(admin.delete("/api/admin/calendar/2026-12-02").status()).isEqualTo(204);
        }
        assertThat(dueFrom(MONDAY, 5)).isEqualTo("2026-12-07");
        assertThat(Database.count("select count(*) from audit_record where action = 'calendar.remove'"
                + " and subject_id = '2026-12-02'")).isEqualTo(1);
        Api.Reply again = admin.delete("/api/admin/calendar/2026-12-02");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void onlyAdministratorsEditAndBadInputIsExplained() {
        Api handler = Api.signedIn("handler");
        assertThat(handler.get("/api/admin/calendar?year=2026").status()).isEqualTo(403);
        Api.Reply refused = handler.put("/api/admin/calendar/2026-12-02", "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Api.anonymous().get("/api/admin/calendar?year=2026").status()).isEqualTo(401);
        assertThat(handler.get("/staff/admin/calendar").status()).isEqualTo(403);

        Api admin = Api.signedIn("admin");
        Api.Reply noName = admin.put("/api/admin/calendar/2026-12-02", "{\"kind\":\"HOLIDAY\"}");
        assertThat(noName.status()).as(noName.body()).isEqualTo(422);
        assertThat(noName.contentType()).startsWith("application/problem+json");
        assertThat(fields(noName)).containsExactly("name");

        Api.Reply impossibleDate = admin.put("/api/admin/calendar/2026-02-30", "{\"kind\":\"WORKDAY\",\"name\":\"调休\"}");
        assertThat(impossibleDate.status()).isEqualTo(422);
        assertThat(fields(impossibleDate)).containsExactly("day");
        assertThat(fields(admin.put("/api/admin/calendar/2026-12-02", "{\"kind\":\"WORKDAY\",\"name\":\"调休\"}")))
                .as("a Wednesday is worked anyway").containsExactly("kind");

        Api.Reply malformed = admin.put("/api/admin/calendar/2026-12-02", "{\"kind\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(fields(admin.get("/api/admin/calendar?year=1999"))).containsExactly("year");
        assertThat(fields(Api.anonymous().get("/api/calendar/working-days?from=2026-09-31&days=many")))
                .containsExactly("from", "days");
        assertThat(Database.count("select count(*) from calendar_day where \"day\" = date '2026-12-02'")).isZero();
    }

    @Test
    void theAdminPageShowsTheYearAndItsFormWorksWithoutJavaScript() {
        Api admin = Api.signedIn("admin");
        Api.Reply page = admin.get("/staff/admin/calendar?year=2026");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("工作日历（2026 年）", "2026 年共 248 个工作日", "国庆节调休上班",
                "<span class=\"mark\">休</span>", "<span class=\"mark\">班</span>");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();

        assertThat(form(admin, "set", "2026-12-03", "HOLIDAY", "表单测试", "wrong-token").status()).isEqualTo(403);
        Api.Reply invalid = form(admin, "set", "2026-12-03", "HOLIDAY", "", token.group(1));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).contains("名称不能为空");
        try {
            Api.Reply saved = form(admin, "set", "2026-12-03", "HOLIDAY", "表单测试", token.group(1));
            assertThat(saved.status()).as("post/redirect/get").isEqualTo(303);
            assertThat(admin.get("/staff/admin/calendar?year=2026").body()).contains("表单测试");
        } finally {
            assertThat(form(admin, "remove", "2026-12-03", "", "", token.group(1)).status()).isEqualTo(303);
        }
        assertThat(admin.get("/staff/admin/calendar?year=2026").body()).doesNotContain("表单测试");
    }

    private static Api.Reply form(Api api, String action, String day, String kind, String name, String csrf) {
        String body = "action=" + action + "&day=" + day + "&kind=" + kind
                + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&year=2026&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return api.postForm("/staff/admin/calendar", body);
    }

    private static List<String> fields(Api.Reply problem) {
        assertThat(problem.status()).as(problem.body()).isEqualTo(422);
        return problem.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("field")).toList();
    }
}
