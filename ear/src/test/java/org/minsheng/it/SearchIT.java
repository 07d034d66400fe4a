package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Full-text search follows what is published: an answer approved for the board is found at once
 * (highlighted, with facets), leaves search when the resident's dissatisfaction reopens it, and is
 * found with its new text when answered again; an FAQ entry is found under its own kind; paging,
 * facet filters and search inside one site; the administrator's rebuild restores lost entries, and
 * nobody else may run it. Report-mailbox letters never reach search.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    record Letter(String number, String code, String id, Api handler) {
    }

    private static Letter answered(String channel, String title, String body, String reply, String fallback) {
        var json = Json.createObjectBuilder().add("channel", channel).add("title", title).add("body", body)
                .add("name", "钱市民").add("mobile", "13812345670").add("publicRequested", true);
        if ("LEADER_MAILBOX".equals(channel)) {
            json.add("leaderCode", "shizhang");
        }
        Api.Reply receipt = Api.anonymous().post("/api/submissions", json.build().toString());
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
        String number = receipt.json().getString("trackingNumber");
        String code = receipt.json().getString("queryCode");
        Api handler = Routing.handlerFor(number, code, fallback);
        String id = Database.text("select id from case_file where tracking_number = ?", number);
        answer(handler, id, reply);
        return new Letter(number, code, id, handler);
    }

    private static void answer(Api handler, String id, String reply) {
        long version = handler.get("/api/staff/cases/" + id).json().getJsonNumber("version").longValue();
        Api.Reply answered = handler.post("/api/staff/cases/" + id + "/answer", Json.createObjectBuilder()
                .add("reply", reply).add("publish", true).add("version", version).build().toString());
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    }

    private static JsonObject search(String query) {
        Api.Reply reply = Api.anonymous().get("/api/search?" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static List<String> keys(JsonObject results) {
        return results.getJsonArray("hits").stream().map(JsonObject.class::cast).map(h -> h.getString("key")).toList();
    }

    private static long facet(JsonObject results, String facet, String value) {
        JsonArray counts = results.getJsonObject("facets").getJsonArray(facet);
        return counts.stream().map(JsonObject.class::cast).filter(c -> c.getString("value").equals(value))
                .mapToLong(c -> c.getJsonNumber("count").longValue()).findFirst().orElse(0);
    }

    @Test
    void anAnswerIsFoundWhenPublishedLeavesOnReopenAndReturnsWithItsNewText() {
        Letter letter = answered("LEADER_MAILBOX", "沅江风光带栈道木板松动",
                "沅江风光带白马湖段栈道木板松动翘起，晨练的老人容易绊倒。",
                "您好！已安排维修班组更换松动木板，风光带栈道已全面排查。", "cgj");
        assertThat(search(q("栈道木板")).getJsonArray("hits")).as("not public before approval").isEmpty();

        Routing.approve(letter.id());
        JsonObject found = search(q("栈道木板"));
        assertThat(keys(found)).containsExactly(letter.number());
        JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getString("kind")).isEqualTo("ANSWER");
        assertThat(hit.getString("url")).isEqualTo("/board/" + letter.number());
        assertThat(hit.getJsonArray("title").stream().map(JsonObject.class::cast)
                .filter(f -> f.getBoolean("match")).map(f -> f.getString("text")))
                .as("matched words are marked").isNotEmpty();
        assertThat(facet(found, "kind", "ANSWER")).isEqualTo(1);
        assertThat(facet(found, "site", "portal")).isEqualTo(1);
        assertThat(facet(found, "year", String.valueOf(Year.now(ZoneId.of("Asia/Shanghai"))))).isEqualTo(1);
        assertThat(keys(search(q("风光带栈道") + "&site=portal"))).contains(letter.number());
        assertThat(keys(search(q("风光带栈道") + "&site=zjj"))).as("another site's search").isEmpty();
        assertThat(keys(search(q("风光带栈道") + "&kind=FAQ"))).isEmpty();

        Api.Reply page = Api.anonymous().page("/search?" + q("栈道木板"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>", "/board/" + letter.number(), "公开答复", "筛选结果");
        Api visitor = Api.anonymous();
        visitor.get("/lang/en?back=/");
        assertThat(visitor.page("/search?" + q("栈道木板")).body()).contains("Public answer", "Refine results");

        // The resident is dissatisfied: the case is reopened and its answer leaves the board and search.
        Api.Reply rated = Api.anonymous().post("/api/cases/" + letter.number() + "/rating", Json.createObjectBuilder()
                .add("queryCode", letter.code()).add("score", 2).add("comment", "木板还是松的").build().toString());
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(keys(search(q("栈道木板")))).doesNotContain(letter.number());

        // Answered again and approved: found with the new text, not the old one.
        answer(letter.handler(), letter.id(), "您好！栈道已整体改为防滑钢格板，并设置夜间照明。");
        Routing.approve(letter.id());
        assertThat(keys(search(q("防滑钢格板")))).containsExactly(letter.number());
        assertThat(keys(search(q("更换松动木板")))).doesNotContain(letter.number());
    }

    @Test
    void faqEntriesAreFoundByKindPagedAndRebuiltByTheAdministratorOnly() {
        Letter consultation = answered("CONSULTATION", "柳叶湖环湖绿道骑行租车点在哪里",
                "想周末去柳叶湖环湖绿道骑行，请问租车点设在哪里？", "环湖绿道共设八个骑行租车点，白鹤山游客中心可以租借。", "sjzyj");
        Routing.approve(consultation.id());
        Api.Reply published = Api.signedIn("reviewer").post("/api/staff/cases/" + consultation.id() + "/faq",
                Json.createObjectBuilder().add("question", "柳叶湖环湖绿道哪里可以租自行车骑行？").build().toString());
        assertThat(published.status()).as(published.body()).isEqualTo(201);

        JsonObject both = search(q("环湖绿道骑行"));
        assertThat(both.getInt("total")).as("the board answer and the FAQ entry").isEqualTo(2);
        assertThat(facet(both, "kind", "FAQ")).isEqualTo(1);
        assertThat(facet(both, "kind", "ANSWER")).isEqualTo(1);
        JsonObject faqOnly = search(q("环湖绿道骑行") + "&kind=FAQ");
        assertThat(faqOnly.getInt("total")).isEqualTo(1);
        String faqKey = keys(faqOnly).get(0);
        assertThat(faqOnly.getJsonArray("hits").getJsonObject(0).getString("url")).startsWith("/write/consultation?q=");

        JsonObject first = search(q("环湖绿道骑行") + "&size=1&page=1");
        JsonObject second = search(q("环湖绿道骑行") + "&size=1&page=2");
        assertThat(keys(first)).hasSize(1);
        assertThat(keys(second)).hasSize(1).doesNotContainAnyElementsOf(keys(first));
        assertThat(Api.anonymous().page("/search?" + q("环湖绿道骑行") + "&kind=FAQ").body())
                .contains("常见问题", "aria-current=\"true\"");

        // Rebuild: only the administrator; entries lost behind search's back come back.
        assertThat(Api.signedIn("reviewer").post("/api/staff/search/reindex/FAQ", "").status()).isEqualTo(403);
        assertThat(Api.anonymous().post("/api/staff/search/reindex/FAQ", "").status()).isEqualTo(401);
        Api admin = Api.signedIn("admin");
        assertThat(admin.get("/api/staff/search/sources").body()).contains("\"ANSWER\"", "\"FAQ\"");
        assertThat(admin.post("/api/staff/search/reindex/NOPE", "").status()).isEqualTo(404);
        assertThat(Database.update("delete from search_entry where kind = 'FAQ'")).isPositive();
        Api.Reply rebuilt = admin.post("/api/staff/search/reindex/FAQ", "");
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(rebuilt.json().getInt("indexed")).isPositive();
        assertThat(Database.count("select count(*) from search_entry where kind = 'FAQ' and doc_key = ?", faqKey))
                .isEqualTo(1);
        assertThat(keys(search(q("环湖绿道骑行") + "&kind=FAQ"))).containsExactly(faqKey);
        Api.Reply answers = admin.post("/api/staff/search/reindex/ANSWER", "");
        assertThat(answers.status()).as(answers.body()).isEqualTo(200);
        assertThat(Database.count("select count(*) from audit_record where action = 'search.reindex'"))
                .isGreaterThanOrEqualTo(2);
        Await.until(Duration.ofSeconds(10), () -> search(q("环湖绿道骑行")).getInt("total") == 2);
    }

    @Test
    void reportMailboxLettersNeverReachSearch() {
        Api.Reply submitted = Api.anonymous().post("/api/submissions", Json.createObjectBuilder()
                .add("channel", "REPORT_MAILBOX").add("title", "举报某站所干部收受鹧鸪茶礼盒")
                .add("body", "某站所干部在办理审批时收受鹧鸪茶礼盒。").add("name", "举报人").add("mobile", "13912340001")
                .add("publicRequested", true).build().toString());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String number = submitted.json().getString("trackingNumber");
        String code = submitted.json().getString("queryCode");
        assertThat(Await.until(Duration.ofSeconds(60),
                () -> "DISPATCHED".equals(Routing.lookup(number, code).getString("status")))).isTrue();
        String id = Database.text("select id from case_file where tracking_number = ?", number);
        Api discipline = Api.signedIn("jiwei");
        assertThat(discipline.post("/api/staff/cases/" + id + "/sign", version(discipline, id)).status()).isEqualTo(200);
        Api.Reply answered = discipline.post("/api/staff/cases/" + id + "/answer", Json.createObjectBuilder()
                .add("reply", "您反映的鹧鸪茶礼盒问题已受理核查。").add("publish", true)
                .add("version", discipline.get("/api/staff/cases/" + id).json().getJsonNumber("version").longValue())
                .build().toString());
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(Api.signedIn("admin").post("/api/staff/search/reindex/ANSWER", "").status()).isEqualTo(200);
        assertThat(search(q("鹧鸪茶礼盒")).getJsonArray("hits")).isEmpty();
        assertThat(Database.count("select count(*) from search_entry where doc_key = ?", number)).isZero();
    }

    private static String version(Api api, String id) {
        return Json.createObjectBuilder()
                .add("version", api.get("/api/staff/cases/" + id).json().getJsonNumber("version").longValue())
                .build().toString();
    }
}
