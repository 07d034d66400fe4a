package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A resident watches a live interview in headless Chromium (phone-sized window, scripts on) while
 * a question is approved and the guest answers; a second browser without scripts sees the same
 * posts on the server-rendered page and asks through the plain form.
 */
@ExtendWith(ArquillianExtension.class)
class InterviewBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private WebDriver viewer;
    private WebDriver noScript;

    private static WebDriver phoneWithScripts() {
        return BrowserIT.chromium("390,844", true);
    }

    @AfterEach
    void close() {
        if (viewer != null) {
            viewer.quit();
        }
        if (noScript != null) {
            noScript.quit();
        }
    }

    @Test
    void aViewerWatchesTheGuestAnswerLive() {
        Api.Reply created = Api.signedIn("admin").post("/api/staff/interviews", Json.createObjectBuilder()
                .add("title", "浏览器直播测试访谈").add("introduction", "公交站点设置答问")
                .add("departmentCode", "jtysj").add("scheduledAt", Instant.now().toString())
                .add("guests", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "钱志远").add("title", "市交通运输局局长").add("username", "guest-jt")))
                .build().toString());
        String id = created.json().getString("id");
        assertThat(Api.signedIn("host").post("/api/staff/interviews/" + id + "/start", "{}").status()).isEqualTo(200);

        viewer = phoneWithScripts();
        viewer.get(Api.BASE + "/interviews");
        BrowserIT.follow(viewer, By.linkText("浏览器直播测试访谈"));
        assertThat(viewer.findElement(By.tagName("h1")).getText()).isEqualTo("浏览器直播测试访谈");
        assertThat(Await.until(Duration.ofSeconds(20), () -> viewer.findElement(By.id("stream-state")).getText()
                .contains("直播中"))).as("the live connection is up").isTrue();

        // A question sent without scripts, through the plain form.
        noScript = BrowserIT.chromium();
        noScript.get(Api.BASE + "/interviews/" + id);
        noScript.findElement(By.id("q-nickname")).sendKeys("武陵区居民");
        noScript.findElement(By.id("q-text")).sendKeys("火车站公交站台能否加装雨棚？<b>谢谢</b>");
        BrowserIT.submit(noScript, By.cssSelector("#ask button[type=submit]"));
        assertThat(BrowserIT.await(noScript, By.cssSelector("#ask [role=status]")).getText()).contains("问题已提交");

        Api moderator = Api.signedIn("moderator");
        String questionId = moderator.get("/api/staff/interviews/" + id + "/questions?status=PENDING").array()
                .getJsonObject(0).getString("id");
        moderator.post("/api/staff/interviews/questions/" + questionId + "/approve", "{}");
        assertThat(Await.until(Duration.ofSeconds(20), () -> viewer.findElements(By.cssSelector("#stream .kind-question"))
                .size() == 1)).as("the approved question appears without reloading").isTrue();
        WebElement question = viewer.findElement(By.cssSelector("#stream .kind-question"));
        assertThat(question.getText()).contains("火车站公交站台能否加装雨棚？<b>谢谢</b>");

        Api.signedIn("guest-jt").post("/api/staff/interviews/questions/" + questionId + "/answer",
                Json.createObjectBuilder().add("text", "今年内完成火车站片区12个站台雨棚改造。").build().toString());
        assertThat(Await.until(Duration.ofSeconds(20), () -> viewer.findElements(By.cssSelector("#stream .kind-answer"))
                .size() == 1)).as("the answer appears live").isTrue();
        WebElement answer = viewer.findElement(By.cssSelector("#stream .kind-answer"));
        assertThat(answer.getText()).contains("钱志远", "今年内完成火车站片区12个站台雨棚改造。", "#2");
        assertThat(answer.findElement(By.cssSelector("a[href='#p-2']")).isDisplayed()).isTrue();
        assertThat(viewer.findElements(By.cssSelector("#stream li")).stream().map(e -> e.getAttribute("data-seq")).toList())
                .containsExactly("1", "2", "3");

        // Without scripts, the page lists the same posts (it refreshes itself every 15 s).
        noScript.get(Api.BASE + "/interviews/" + id);
        assertThat(noScript.findElements(By.cssSelector("#stream li")).stream().map(e -> e.getAttribute("data-seq")).toList())
                .containsExactly("1", "2", "3");
        assertThat(noScript.getPageSource()).contains("http-equiv=\"refresh\"").doesNotContain("<b>谢谢</b>");
    }
}
