package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * News on the running server: the editorial chain (先审后发) level by level with different approvers,
 * rejections with comments, revisions and their diff, withdrawal; scheduled publishing and expiry
 * by the timer; sub-sites and a column shared with the portal; feeds; staleness notices; hostile
 * rich text and bad input.
 */
@ExtendWith(ArquillianExtension.class)
class NewsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    /** The portal and the two sub-sites the tests use; the demo city usually made them already (409). */
    @org.junit.jupiter.api.BeforeAll
    static void sites() {
        for (String code : List.of("portal", "zjj", "jtysj")) {
            int status = Api.signedIn("admin").post("/api/admin/news/sites", "{\"code\":\"" + code + "\"}").status();
            assertThat(status).isIn(201, 409);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new column of a site (as the administrator), so that each test owns its columns. */
    private static long column(String site, int levels, int staleDays, String... sharedWith) {
        JsonArrayBuilder shared = Json.createArrayBuilder();
        for (String s : sharedWith) {
            shared.add(s);
        }
        Api.Reply made = Api.signedIn("admin").post("/api/admin/news/sites/" + site + "/columns",
                Json.createObjectBuilder().add("slug", "it-" + unique()).add("nameZh", "测试栏目" + unique())
                        .add("nameEn", "Test column").add("reviewLevels", levels).add("staleAfterDays", staleDays)
                        .add("sharedWith", shared).build().toString());
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder article(long column, String title, String body) {
        return Json.createObjectBuilder().add("columnId", column).add("title", title).add("body", body)
                .add("tags", Json.createArrayBuilder().add("住房").add("民生"));
    }

    private static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
        return reply.json();
    }

    private static long id(JsonObject article) {
        return article.getJsonNumber("id").longValue();
    }

    @Test
    void nothingIsPublicBeforeTheLastLevelAndEachLevelNeedsAnotherApprover() {
        long column = column("zjj", 2, 14);
        Api editor = Api.signedIn("zjj-editor");
        String title = "老旧小区加装电梯补贴调整" + unique();
        JsonObject draft = ok(editor.post("/api/staff/news/articles", article(column, title,
                "<p onclick=\"steal()\">补贴标准提高到每部<strong>15万元</strong>。<script>alert(1)</script></p>"
                        + "<a href=\"javascript:alert(1)\">详情</a><p style=\"display:none\">隐藏</p>").build().toString()));
        long id = id(draft);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("body")).contains("<strong>15万元</strong>").doesNotContain("script")
                .doesNotContain("onclick").doesNotContain("javascript").doesNotContain("style");
        assertThat(draft.getString("source")).isEqualTo("市住房和城乡建设局");
        assertThat(Api.anonymous().page("/news/articles/" + id).status()).isEqualTo(404);

        assertThat(ok(editor.post("/api/staff/news/articles/" + id + "/submit", "")).getString("status"))
                .isEqualTo("IN_REVIEW");
        assertThat(editor.post("/api/staff/news/articles/" + id + "/approve", "{}").status()).isEqualTo(403);
        assertThat(Api.signedIn("approver").post("/api/staff/news/articles/" + id + "/approve", "{}").status())
                .as("another department's approver").isEqualTo(403);
        Api approver = Api.signedIn("zjj-approver");
        JsonObject first = ok(approver.post("/api/staff/news/articles/" + id + "/approve", "{\"comment\":\"同意\"}"));
        assertThat(first.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(first.getInt("nextLevel")).isEqualTo(2);
        assertThat(Api.anonymous().page("/news/articles/" + id).status()).isEqualTo(404);
        Api.Reply twice = approver.post("/api/staff/news/articles/" + id + "/approve", "{}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");

        JsonObject published = ok(Api.signedIn("admin").post("/api/staff/news/articles/" + id + "/approve",
                "{\"comment\":\"签发\"}"));
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        Api.Reply page = Api.anonymous().page("/news/articles/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(title, "15万元", "minsheng-content-sha256").doesNotContain("alert(1)");
        assertThat(Database.count("select count(*) from watched_page where kind = 'NEWS' and reference = ?"
                + " and active = true", String.valueOf(id))).isEqualTo(1);
        assertThat(Api.anonymous().page("/sites/zjj").body()).contains(title);
        assertThat(Api.anonymous().page("/news/columns/" + column).body()).contains(title);
        assertThat(Database.count("select count(*) from audit_record where subject_type = 'news-article'"
                + " and subject_id = ?", String.valueOf(id))).isGreaterThanOrEqualTo(5);
        assertThat(published.getJsonArray("steps").stream().map(s -> s.asJsonObject().getString("action"))
                .toList()).containsExactly("SUBMITTED", "APPROVED", "APPROVED", "PUBLISHED");

        // Withdrawn: gone from the site and from the tamper watch.
        assertThat(approver.post("/api/staff/news/articles/" + id + "/withdraw", "{}").status()).isEqualTo(422);
        ok(approver.post("/api/staff/news/articles/" + id + "/withdraw", "{\"comment\":\"政策已调整\"}"));
        assertThat(Api.anonymous().page("/news/articles/" + id).status()).isEqualTo(404);
        assertThat(Database.count("select count(*) from watched_page where kind = 'NEWS' and reference = ?"
                + " and active = true", String.valueOf(id))).isZero();
    }

    @Test
    void aRejectionGoesBackWithItsCommentAndEveryRevisionIsKeptWithADiff() {
        long column = column("zjj", 1, 14);
        Api editor = Api.signedIn("zjj-editor");
        long id = id(ok(editor.post("/api/staff/news/articles", article(column, "物业检查通报",
                "<p>检查了86个小区。</p><p>问题已整改。</p>").build().toString())));
        ok(editor.post("/api/staff/news/articles/" + id + "/submit", ""));
        Api approver = Api.signedIn("zjj-approver");
        Api.Reply noReason = approver.post("/api/staff/news/articles/" + id + "/reject", "{}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("comment");
        JsonObject rejected = ok(approver.post("/api/staff/news/articles/" + id + "/reject",
                "{\"comment\":\"请补充整改完成时间\"}"));
        assertThat(rejected.getString("status")).isEqualTo("DRAFT");
        assertThat(rejected.getJsonArray("steps").getJsonObject(1).getString("comment")).isEqualTo("请补充整改完成时间");

        long version = rejected.getJsonNumber("version").longValue();
        JsonObject revised = ok(editor.put("/api/staff/news/articles/" + id + "?version=" + version,
                article(column, "物业检查通报", "<p>检查了86个小区。</p><p>问题已于11月底前整改完毕。</p>").build().toString()));
        assertThat(revised.getInt("revision")).isEqualTo(2);
        assertThat(editor.put("/api/staff/news/articles/" + id + "?version=" + version,
                article(column, "物业检查通报", "<p>旧版本</p>").build().toString()).status()).as("stale version")
                .isEqualTo(409);
        assertThat(editor.get("/api/staff/news/articles/" + id + "/versions").array()).hasSize(2);
        String diff = editor.get("/api/staff/news/articles/" + id + "/diff?from=1&to=2").json().getJsonArray("lines")
                .stream().map(l -> l.asJsonObject().getString("kind") + ":" + l.asJsonObject().getString("text"))
                .collect(Collectors.joining("\n"));
        assertThat(diff).contains("SAME:检查了86个小区。", "REMOVED:问题已整改。", "ADDED:问题已于11月底前整改完毕。");
        assertThat(editor.page("/staff/news/articles/" + id + "/diff?from=1&to=2").body())
                .contains("问题已于11月底前整改完毕");

        ok(editor.post("/api/staff/news/articles/" + id + "/submit", ""));
        assertThat(ok(approver.post("/api/staff/news/articles/" + id + "/approve", "{}")).getString("status"))
                .as("one level in this column").isEqualTo("PUBLISHED");
    }

    @Test
    void scheduledArticlesGoPublicAtTheirTimeAndLeaveAtExpiry() {
        long column = column("jtysj", 1, 14);
        Instant now = Instant.now();
        Api editor = Api.signedIn("admin");
        String title = "冬季公交时刻调整" + unique();
        long id = id(ok(editor.post("/api/staff/news/articles", article(column, title, "<p>12月起执行冬季时刻。</p>")
                .add("publishAt", now.plusSeconds(20).toString()).add("expireAt", now.plusSeconds(50).toString())
                .build().toString())));
        ok(editor.post("/api/staff/news/articles/" + id + "/submit", ""));
        assertThat(ok(Api.signedIn("admin").post("/api/staff/news/articles/" + id + "/approve", "{}"))
                .getString("status")).isEqualTo("SCHEDULED");
        assertThat(Api.anonymous().page("/news/articles/" + id).status()).isEqualTo(404);
        assertThat(Await.until(Duration.ofSeconds(90), () -> Api.anonymous().page("/news/articles/" + id).status() == 200))
                .as("published by the timer").isTrue();
        assertThat(Api.anonymous().page("/news/columns/" + column + "/feed.rss").body()).contains(title, "<rss");
        assertThat(Await.until(Duration.ofSeconds(90), () -> Api.anonymous().page("/news/articles/" + id).status() == 404))
                .as("taken down at its expiry").isTrue();
        assertThat(Database.text("select status from news_article where id = ?", id)).isEqualTo("EXPIRED");
        assertThat(Database.count("select count(*) from audit_record where subject_id = ? and actor = 'system'",
                String.valueOf(id))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSharedColumnShowsOnThePortalWithItsSourceAndFeedsListItsArticles() {
        long column = column("zjj", 1, 14, "portal");
        String title = "公租房资格复核公告" + unique();
        long id = id(ok(Api.signedIn("zjj-editor").post("/api/staff/news/articles", article(column, title,
                "<p>请于1月15日前提交材料。</p>").build().toString())));
        ok(Api.signedIn("zjj-editor").post("/api/staff/news/articles/" + id + "/submit", ""));
        ok(Api.signedIn("zjj-approver").post("/api/staff/news/articles/" + id + "/approve", "{}"));
        String portal = Api.anonymous().page("/news").body();
        assertThat(portal).contains(title, "来源：市住房和城乡建设局");
        assertThat(Api.anonymous().page("/sites/zjj").body()).contains(title);
        assertThat(Api.anonymous().page("/sites/jtysj").body()).doesNotContain(title);
        Api.Reply atom = Api.anonymous().page("/news/columns/" + column + "/feed.atom");
        assertThat(atom.status()).isEqualTo(200);
        assertThat(atom.contentType()).startsWith("application/atom+xml");
        assertThat(atom.body()).contains("<feed", title, "/news/articles/" + id);
        assertThat(Api.anonymous().page("/news/columns/999999999/feed.atom").status()).isEqualTo(404);
        assertThat(Api.anonymous().page("/sites/no-such-site").status()).isEqualTo(404);
    }

    @Test
    void staleColumnsAreShownAndTheirSiteEditorsToldOnce() {
        long column = column("zjj", 1, 1);
        Api editor = Api.signedIn("zjj-editor");
        String name = editor.get("/api/staff/news/staleness").array().stream().map(c -> c.asJsonObject())
                .filter(c -> c.getJsonObject("column").getJsonNumber("id").longValue() == column)
                .map(c -> c.getJsonObject("column").getString("nameZh")).findFirst().orElseThrow();
        assertThat(editor.page("/staff/news/staleness").body()).contains(name);
        assertThat(Api.signedIn("editor").get("/api/staff/news/staleness").body()).as("another site's editor")
                .doesNotContain(name);
        assertThat(editor.post("/api/staff/news/staleness/notify", "").status()).isEqualTo(403);
        assertThat(Api.signedIn("admin").post("/api/staff/news/staleness/notify", "").status()).isEqualTo(200);
        assertThat(Database.count("select count(*) from notification where recipient = 'zjj-editor' and subject like ?",
                "%" + name + "%")).isEqualTo(1);
        assertThat(editor.page("/staff/notifications").body()).contains(name);
        Api.signedIn("admin").post("/api/staff/news/staleness/notify", "");
        assertThat(Database.count("select count(*) from audit_record where action = 'news.column-stale'"
                + " and subject_id = ?", String.valueOf(column))).as("once per stale period").isEqualTo(1);
    }

    @Test
    void imagesNeedADescriptionAndBadInputIsAProblemWithEveryField() {
        Api editor = Api.signedIn("zjj-editor");
        byte[] noAlt = TestFiles.multipart(List.of(TestFiles.Part.file("a.png", "image/png", TestFiles.png(Color.BLUE))));
        Api.Reply refused = editor.postRaw("/api/staff/news/sites/zjj/images",
                "multipart/form-data; boundary=" + TestFiles.BOUNDARY, noAlt);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("alt");
        byte[] withAlt = TestFiles.multipart(List.of(TestFiles.Part.text("alt", "改造后的小区外景"),
                TestFiles.Part.file("a.png", "image/png", TestFiles.png(Color.BLUE))));
        Api.Reply uploaded = editor.postRaw("/api/staff/news/sites/zjj/images",
                "multipart/form-data; boundary=" + TestFiles.BOUNDARY, withAlt);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String url = uploaded.json().getString("url");
        assertThat(Api.signedIn("editor").postRaw("/api/staff/news/sites/zjj/images",
                "multipart/form-data; boundary=" + TestFiles.BOUNDARY, withAlt).status()).isEqualTo(403);

        long column = column("zjj", 1, 14);
        JsonObject withImage = ok(editor.post("/api/staff/news/articles", article(column, "改造成果",
                "<p>外景：</p><img src=\"" + url + "\"><img src=\"https://tracker.example/p.gif\" alt=\"x\">")
                .build().toString()));
        assertThat(withImage.getString("body")).contains("src=\"" + url + "\"", "alt=\"改造后的小区外景\"")
                .doesNotContain("tracker.example");

        Api.Reply bad = editor.post("/api/staff/news/articles", Json.createObjectBuilder().add("columnId", column)
                .add("title", "").add("body", "<script>x</script>").add("repostUrl", "ftp://x").build().toString());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        List<String> fields = bad.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertThat(fields).contains("title", "body", "repostUrl", "source");
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("messageEn")).isNotBlank();
        long before = Database.count("select count(*) from news_article where column_id = ?", column);
        assertThat(before).as("nothing half-stored").isEqualTo(1);
        assertThat(editor.post("/api/staff/news/articles", "{\"title\":\"x\",\"body\":\"<p>x</p>\"}").status())
                .isEqualTo(422);
        long jtColumn = column("jtysj", 1, 14);
        assertThat(editor.post("/api/staff/news/articles", article(jtColumn, "越权", "<p>x</p>").build().toString())
                .status()).as("another department's site").isEqualTo(403);
        assertThat(Api.anonymous().post("/api/staff/news/articles", "{}").status()).isEqualTo(401);
        assertThat(Api.signedIn("handler").get("/api/staff/news/articles").status()).isEqualTo(403);
    }
}
