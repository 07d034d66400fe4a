package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
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
 * News and guides as people use them, in headless Chromium without JavaScript: the portal's editor
 * writes an article, the portal's approver and the administrator sign it off, and it appears on the
 * portal's home page; a resident finds a service guide by life event, opens it and goes on to the
 * consultation form with its subject filled in; the text-only version drops the style sheet.
 */
@ExtendWith(ArquillianExtension.class)
class NewsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private WebDriver editor;
    private WebDriver approver;
    private WebDriver resident;

    @AfterEach
    void close() {
        for (WebDriver d : new WebDriver[] {editor, approver, resident}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    private static void signOff(WebDriver driver, String id) {
        driver.get(Api.BASE + "/staff/news/articles/" + id);
        BrowserIT.submit(driver, By.id("approve-article"));
        assertThat(driver.getCurrentUrl()).contains("done=approve");
    }

    @Test
    void anEditorWritesApproversSignOffAndTheArticleIsOnThePortal() {
        String title = "市政府部署冬季供暖保障" + UUID.randomUUID().toString().substring(0, 6);
        editor = BrowserIT.chromium();
        BrowserIT.signIn(editor, "editor", "/staff/news/new");
        editor.get(Api.BASE + "/staff/news/new");
        new Select(editor.findElement(By.id("f-columnId"))).selectByVisibleText("常德市人民政府门户 · 要闻");
        editor.findElement(By.id("f-title")).sendKeys(title);
        editor.findElement(By.id("f-body")).sendKeys("<p>供暖季自12月起，热线24小时受理。</p><script>alert(1)</script>");
        BrowserIT.submit(editor, By.id("save-article"));
        String id = editor.getCurrentUrl().replaceAll(".*/articles/(\\d+).*", "$1");
        assertThat(editor.findElement(By.id("article-status")).getText()).isEqualTo("草稿");
        assertThat(editor.getPageSource()).doesNotContain("alert(1)");
        BrowserIT.submit(editor, By.id("submit-article"));
        assertThat(editor.findElement(By.id("article-status")).getText()).isEqualTo("审核中");

        approver = BrowserIT.chromium();
        BrowserIT.signIn(approver, "approver", "/staff/news");
        signOff(approver, id);
        assertThat(approver.findElement(By.id("article-status")).getText()).as("the first of two levels")
                .isEqualTo("审核中");
        approver.quit();
        approver = BrowserIT.chromium();
        BrowserIT.signIn(approver, "admin", "/staff/news");
        signOff(approver, id);
        assertThat(approver.findElement(By.id("article-status")).getText()).isEqualTo("已发布");

        resident = BrowserIT.chromium();
        resident.get(Api.BASE + "/");
        assertThat(resident.findElement(By.id("top-news")).getText()).contains(title);
        BrowserIT.follow(resident, By.linkText(title));
        assertThat(resident.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(resident.getPageSource()).contains("供暖季自12月起").contains("minsheng.css");
        BrowserIT.follow(resident, By.linkText("纯文本版"));
        assertThat(resident.getPageSource()).doesNotContain("minsheng.css").contains("供暖季自12月起");
        BrowserIT.follow(resident, By.linkText("标准版"));
        assertThat(resident.getPageSource()).contains("minsheng.css");
    }

    @Test
    void aResidentFindsAGuideByLifeEventAndAsksAboutIt() {
        resident = BrowserIT.chromium();
        resident.get(Api.BASE + "/");
        BrowserIT.follow(resident, By.linkText("住房"));
        assertThat(resident.findElement(By.id("guides")).getText()).contains("公共租赁住房申请")
                .doesNotContain("生育登记");
        BrowserIT.follow(resident, By.linkText("公共租赁住房申请"));
        assertThat(resident.findElement(By.tagName("h1")).getText()).isEqualTo("公共租赁住房申请");
        assertThat(resident.getPageSource()).contains("申请条件", "办理时限", "设定依据", "市住房和城乡建设局");
        BrowserIT.follow(resident, By.id("consult"));
        assertThat(resident.getCurrentUrl()).contains("/write/consultation");
        assertThat(resident.findElement(By.id("f-title")).getAttribute("value"))
                .contains("公共租赁住房申请", "市住房和城乡建设局");
    }
}
