package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.Select;

/**
 * A resident answers a survey in headless Chromium and sees the results: first without scripts,
 * forgetting a required question and being told so next to it, then completing it; a second
 * resident with scripts sees the chart drawn beside the table of the same figures.
 */
@ExtendWith(ArquillianExtension.class)
class PollBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private WebDriver plain;
    private WebDriver scripted;

    @AfterEach
    void close() {
        if (plain != null) {
            plain.quit();
        }
        if (scripted != null) {
            scripted.quit();
        }
    }

    @Test
    void aResidentAnswersASurveyAndSeesTheResults() {
        Instant now = Instant.now();
        String id = PollIT.createPoll(Api.signedIn("editor"), "DEVICE", "AFTER_ANSWERING", now.minusSeconds(60),
                now.plus(Duration.ofDays(3)), 100);

        plain = BrowserIT.chromium();
        plain.get(Api.BASE + "/polls");
        BrowserIT.follow(plain, By.cssSelector("a[href='/polls/" + id + "']"));
        assertThat(plain.findElement(By.tagName("h1")).getText()).isEqualTo("政务服务中心延时服务意见调查");
        // The rating, a required question, is forgotten.
        plain.findElement(By.cssSelector("input[name=q1][value='2']")).click();
        BrowserIT.submit(plain, By.cssSelector(".poll-form button[type=submit]"));
        assertThat(BrowserIT.await(plain, By.id("poll-errors")).getText()).contains("第3题为必答题");

        plain.findElement(By.cssSelector("input[name=q3][value='4']")).click();
        plain.findElement(By.cssSelector("input[name=q2][value='1']")).click();
        new Select(plain.findElement(By.id("q4-o1"))).selectByValue("2");
        new Select(plain.findElement(By.id("q4-o2"))).selectByValue("1");
        new Select(plain.findElement(By.id("q4-o3"))).selectByValue("3");
        plain.findElement(By.id("q5-text")).sendKeys("希望周末也能办理");
        BrowserIT.submit(plain, By.cssSelector(".poll-form button[type=submit]"));
        assertThat(BrowserIT.await(plain, By.id("poll-thanks")).getText()).contains("感谢参与");
        assertThat(plain.findElement(By.id("poll-responses")).getText()).contains("共收到 1 份答卷");
        assertThat(plain.findElement(By.cssSelector("#result-q1 tbody tr:nth-child(2) td")).getText()).isEqualTo("1");
        assertThat(plain.findElement(By.id("result-q5")).getText()).contains("希望周末也能办理");

        // Back on the form, the poll says it was answered and offers no form.
        plain.get(Api.BASE + "/polls/" + id);
        assertThat(plain.findElements(By.cssSelector(".poll-form"))).isEmpty();

        scripted = BrowserIT.chromium("1280,1600", true);
        scripted.get(Api.BASE + "/polls/" + id + "/results");
        assertThat(scripted.findElements(By.id("poll-hidden"))).as("after answering only").hasSize(1);
        scripted.get(Api.BASE + "/polls/" + id);
        scripted.findElement(By.cssSelector("input[name=q1][value='2']")).click();
        scripted.findElement(By.cssSelector("input[name=q3][value='5']")).click();
        BrowserIT.submit(scripted, By.cssSelector(".poll-form button[type=submit]"));
        BrowserIT.awaitText(scripted, By.id("poll-responses"), "共收到 2 份答卷。");
        assertThat(Await.until(Duration.ofSeconds(20),
                () -> !scripted.findElements(By.cssSelector("#result-q1 .poll-chart svg")).isEmpty()))
                .as("the chart is drawn").isTrue();
        assertThat(scripted.findElement(By.cssSelector("#result-q1 tbody tr:nth-child(2) td")).getText()).isEqualTo("2");
    }
}
