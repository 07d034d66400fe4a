package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
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
 * The sensitive-word lexicon as data: seeded from the shipped file, edited by the administrator
 * through REST and the page (audited, validated), and used by moderation at the next submission,
 * also when the change was made by another node on the same database.
 */
@ExtendWith(ArquillianExtension.class)
class LexiconIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    /** Submits a public letter and returns the sensitive words the staff view reports for it. */
    private static String flaggedWordsOf(String title, String body) {
        JsonObject letter = Json.createObjectBuilder().add("channel", "LEADER_MAILBOX").add("leaderCode", "shizhang")
                .add("title", title).add("body", body).add("name", "李四").add("mobile", "13812345678")
                .add("publicRequested", true).build();
        Api.Reply receipt = Api.anonymous().post("/api/submissions", letter.toString());
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
        String number = receipt.json().getString("trackingNumber");
        String caseId = Database.text("select id from case_file where tracking_number = ?", number);
        return Api.signedIn("admin").get("/api/staff/cases/" + caseId).json().getString("sensitiveWords", "");
    }

    private static JsonObject word(String word, String category, Long version) {
        var b = Json.createObjectBuilder().add("word", word).add("category", category);
        if (version != null) {
            b.add("version", version);
        }
        return b.build();
    }

    private static List<String> fields(Api.Reply problem) {
        assertThat(problem.status()).as(problem.body()).isEqualTo(422);
        assertThat(problem.contentType()).startsWith("application/problem+json");
        return problem.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("field") + ": " + e.getString("messageZh") + " / " + e.getString("messageEn"))
                .toList();
    }

    @Test
    void theShippedFileSeedsTheLexiconWithCategoriesOnce() {
        JsonObject lexicon = Api.signedIn("admin").get("/api/staff/lexicon").json();
        assertThat(lexicon.getJsonNumber("revision").longValue()).isPositive();
        assertThat(lexicon.getJsonArray("words").stream().map(JsonObject.class::cast)
                .filter(w -> w.getString("word").equals("傻逼")).findFirst().orElseThrow().getString("category"))
                .isEqualTo("INSULT");
        assertThat(lexicon.getJsonArray("categories")).hasSize(5);
        assertThat(Database.count("select count(*) from sensitive_word_lexicon where seeded_at is not null"))
                .isEqualTo(1);
        assertThat(Database.count("select count(*) from audit_record where action = 'nlp.lexicon.seed'"))
                .as("seeded by one start only").isEqualTo(1);
        assertThat(Api.signedIn("handler").get("/api/staff/lexicon").status()).isEqualTo(403);
        assertThat(Api.anonymous().get("/api/staff/lexicon").status()).isEqualTo(401);
    }

    @Test
    void anAdministratorsChangeAppliesToTheNextSubmissionAndIsAudited() {
        Api admin = Api.signedIn("admin");
        Api.Reply added = admin.post("/api/staff/lexicon", word("紫色气球", "OTHER", null).toString());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().getJsonNumber("id").longValue();
        assertThat(flaggedWordsOf("紫 色 气 球又飘来了", "小区里有人卖紫色气球。")).contains("紫色气球");

        Api.Reply changed = admin.put("/api/staff/lexicon/" + id, word("蓝色气球", "SPAM",
                added.json().getJsonNumber("version").longValue()).toString());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getString("categoryZh")).isEqualTo("广告与垃圾信息");
        assertThat(flaggedWordsOf("公园里的气球", "有人卖紫色气球和蓝色气球。")).contains("蓝色气球")
                .doesNotContain("紫色气球");

        long version = changed.json().getJsonNumber("version").longValue();
        assertThat(admin.put("/api/staff/lexicon/" + id, word("红色气球", "SPAM", version + 5).toString()).status())
                .as("a stale version").isEqualTo(409);
        assertThat(admin.delete("/api/staff/lexicon/" + id + "?version=" + version).status()).isEqualTo(204);
        assertThat(admin.delete("/api/staff/lexicon/" + id + "?version=" + version).status()).isEqualTo(404);
        assertThat(flaggedWordsOf("气球", "有人卖蓝色气球。")).doesNotContain("蓝色气球");

        assertThat(Database.count("select count(*) from audit_record where subject_type = 'sensitive-word'"
                + " and subject_id = ? and actor = 'admin' and action in ('nlp.lexicon.add', 'nlp.lexicon.change',"
                + " 'nlp.lexicon.remove')", String.valueOf(id))).isEqualTo(3);
    }

    /** Another node's edit is a committed row and a raised revision; this node sees it at its next check. */
    @Test
    void anEditByAnotherNodeOnTheSameDatabaseIsUsedAtOnce() {
        assertThat(flaggedWordsOf("绿色风筝", "广场上有人放绿色风筝。")).doesNotContain("绿色风筝");
        Database.update("insert into sensitive_word (id, word, folded, category, updated_at, updated_by, version)"
                + " values (nextval('sensitive_word_seq'), '绿色风筝', '绿色风筝', 'OTHER', now(), 'admin', 0)");
        Database.update("update sensitive_word_lexicon set revision = revision + 1, changed_at = now() where id = 1");
        try {
            assertThat(flaggedWordsOf("风筝", "广场上有人放绿色风筝。")).contains("绿色风筝");
        } finally {
            Database.update("delete from sensitive_word where folded = '绿色风筝'");
            Database.update("update sensitive_word_lexicon set revision = revision + 1 where id = 1");
        }
    }

    @Test
    void invalidEntriesAreProblemsWithChineseAndEnglishFieldMessages() {
        Api admin = Api.signedIn("admin");
        assertThat(fields(admin.post("/api/staff/lexicon", word("加 微 信", "SPAM", null).toString())))
                .singleElement().asString().startsWith("word: 词库中已有该词（加微信） / The lexicon has this word already");
        assertThat(fields(admin.post("/api/staff/lexicon", word(" ", "NOPE", null).toString())))
                .containsExactly("word: 敏感词不能为空 / Word is required", "category: 请选择类别 / Choose a category");
        assertThat(fields(admin.post("/api/staff/lexicon", word("！！！", "OTHER", null).toString())))
                .containsExactly("word: 敏感词须包含文字或数字 / The word needs letters or digits");
        assertThat(fields(admin.post("/api/staff/lexicon", word("长".repeat(51), "OTHER", null).toString())))
                .singleElement().asString().startsWith("word: 敏感词不能超过50个字");
        assertThat(fields(admin.delete("/api/staff/lexicon/1")))
                .containsExactly("version: 缺少版本号，请刷新后重试 / The version is missing; reload and retry");
    }

    @Test
    void thePageListsAddsChangesAndRemovesWordsWithoutJavaScript() {
        Api admin = Api.signedIn("admin");
        Api.Reply page = admin.page("/staff/admin/lexicon");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("敏感词库", "傻逼", "广告与垃圾信息", "<label for=\"f-add-word\"");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String csrf = "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);

        assertThat(admin.postForm("/staff/admin/lexicon", "word=" + enc("黄色雨伞") + "&category=OTHER&_csrf=forged")
                .status()).isEqualTo(403);
        Api.Reply refused = admin.postForm("/staff/admin/lexicon", "word=" + enc("傻 逼") + "&category=INSULT" + csrf);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("词库中已有该词（傻逼）", "aria-invalid=\"true\"");

        assertThat(admin.postForm("/staff/admin/lexicon", "word=" + enc("黄色雨伞") + "&category=OTHER" + csrf)
                .status()).as("post/redirect/get").isEqualTo(303);
        JsonObject entry = admin.get("/api/staff/lexicon").json().getJsonArray("words").stream()
                .map(JsonObject.class::cast).filter(w -> w.getString("word").equals("黄色雨伞")).findFirst().orElseThrow();
        String row = "/staff/admin/lexicon/" + entry.getJsonNumber("id").longValue();
        long version = entry.getJsonNumber("version").longValue();
        assertThat(admin.page("/staff/admin/lexicon").body()).contains("value=\"黄色雨伞\"");

        assertThat(admin.postForm(row, "action=save&word=" + enc("黄色雨衣") + "&category=SPAM&version=" + version + csrf)
                .status()).isEqualTo(303);
        assertThat(admin.postForm(row, "action=remove&version=" + version + csrf).status())
                .as("the version moved with the change").isEqualTo(409);
        assertThat(admin.postForm(row, "action=remove&version=" + (version + 1) + csrf).status()).isEqualTo(303);
        assertThat(admin.page("/staff/admin/lexicon").body()).doesNotContain("黄色雨伞").doesNotContain("黄色雨衣");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
