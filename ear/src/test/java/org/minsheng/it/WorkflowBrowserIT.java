package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.it.BrowserIT.await;
import static org.minsheng.it.BrowserIT.awaitText;
import static org.minsheng.it.BrowserIT.follow;
import static org.minsheng.it.BrowserIT.signIn;
import static org.minsheng.it.BrowserIT.submit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
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
 * The case workflow in headless Chromium with JavaScript off, each person in their own browser:
 * a resident's message through redo to closing, and a handler working the queue with a request
 * for more material that the resident supplies.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private final List<WebDriver> browsers = new ArrayList<>();

    private WebDriver browser() {
        WebDriver driver = BrowserIT.chromium();
        browsers.add(driver);
        return driver;
    }

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
    }

    /** A title no other test uses, so queues with older cases do not confuse the clicks. */
    private static String uniqueTitle(String text) {
        return text + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aMessageIsAnsweredRedoneAfterADissatisfiedRatingAndClosed() {
        String title = uniqueTitle("人民路公交站");
        WebDriver resident = browser();
        resident.get(Api.BASE + "/");
        follow(resident, By.id("channel-message"));
        assertThat(resident.findElement(By.tagName("h1")).getText()).isEqualTo("市民留言");
        resident.findElement(By.id("type-SUGGESTION")).click();
        resident.findElement(By.id("f-title")).sendKeys(title);
        resident.findElement(By.id("f-body")).sendKeys("人民路公交站没有候车亭和座椅，老人候车很不方便，建议增设。");
        resident.findElement(By.cssSelector("button[type=submit].primary")).click();
        String number = await(resident, By.id("tracking-number")).getText();
        String code = resident.findElement(By.id("query-code")).getText();

        JsonObject routed = Routing.lookup(number, code);
        String department = routed.getString("departmentCode", null);
        if ("REGISTERED".equals(routed.getString("status"))) {
            WebDriver dispatcher = browser();
            signIn(dispatcher, "dispatcher", "/staff/dispatch");
            await(dispatcher, By.linkText(title)).click();
            new Select(await(dispatcher, By.id("f-department"))).selectByValue("jtysj");
            dispatcher.findElement(By.id("dispatch-submit")).click();
            await(dispatcher, By.id("done"));
            department = "jtysj";
        }

        WebDriver handler = browser();
        signIn(handler, Routing.handlerOf(department), "/staff");
        await(handler, By.id("tab-TO_SIGN"));
        handler.findElement(By.linkText(title)).click();
        await(handler, By.id("sign-submit")).click();
        awaitText(handler, By.id("case-status"), "办理中");
        // A template goes into the reply field without scripts: choose it and press "insert".
        new Select(handler.findElement(By.id("f-template"))).selectByVisibleText("感谢反映（通用）");
        submit(handler, By.id("template-insert"));
        assertThat(await(handler, By.id("f-reply")).getAttribute("value")).startsWith("您好！感谢您对我市工作的关心和支持");
        handler.findElement(By.id("f-reply")).sendKeys("将在人民路站增设候车亭。");
        handler.findElement(By.id("answer-submit")).click();
        awaitText(handler, By.id("case-status"), "待审核");

        WebDriver reviewer = browser();
        approve(reviewer, title, true);

        resident.get(Api.BASE + "/track");
        resident.findElement(By.id("f-number")).sendKeys(number);
        resident.findElement(By.id("f-code")).sendKeys(code);
        resident.findElement(By.cssSelector("button[type=submit].primary")).click();
        assertThat(await(resident, By.id("case-reply")).getText()).contains("将在人民路站增设候车亭");
        assertThat(resident.getCurrentUrl()).as("the query code stays out of addresses").doesNotContain(code);
        resident.findElement(By.id("score-2")).click();
        resident.findElement(By.id("f-comment")).sendKeys("没有说明什么时候建");
        submit(resident, By.id("rating-submit"));
        assertThat(await(resident, By.id("case-reopened")).getText()).contains("重新办理");
        assertThat(resident.findElement(By.id("case-status")).getText()).isEqualTo("办理中");

        handler.get(Api.BASE + "/staff?queue=HANDLING");
        await(handler, By.linkText(title)).click();
        await(handler, By.id("f-reply")).sendKeys("候车亭将于下月底前建成，届时增设座椅。");
        handler.findElement(By.id("answer-submit")).click();
        awaitText(handler, By.id("case-status"), "待审核");
        approve(reviewer, title, false);

        // The look-up is remembered in the resident's session: the case page reloads without the code.
        resident.get(Api.BASE + "/track/case");
        assertThat(await(resident, By.id("case-reply")).getText()).contains("下月底前建成");
        resident.findElement(By.id("score-4")).click();
        submit(resident, By.id("rating-submit"));
        awaitText(resident, By.id("case-status"), "已办结");
        assertThat(resident.findElement(By.id("done")).getText()).contains("已办结");
        assertThat(resident.findElements(By.id("rating"))).as("a closed case takes no rating").isEmpty();
    }

    @Test
    void aHandlerSignsVerifiesAndAsksForMaterialThatTheResidentSupplies() {
        String title = uniqueTitle("小区电梯故障");
        Api.Reply submitted = Api.anonymous().post("/api/submissions", Json.createObjectBuilder()
                .add("channel", "MESSAGE_BOARD").add("caseType", "HELP").add("title", title)
                .add("body", "武陵区某小区3栋电梯经常停运，物业不维修，老人上下楼困难。")
                .add("publicRequested", true).build().toString());
        assertThat(submitted.status()).isEqualTo(201);
        String number = submitted.json().getString("trackingNumber");
        String code = submitted.json().getString("queryCode");
        Routing.handlerFor(number, code, "zjj");
        String account = Routing.handlerOf(Routing.lookup(number, code).getString("departmentCode"));

        WebDriver handler = browser();
        signIn(handler, account, "/staff");
        assertThat(await(handler, By.id("tab-TO_SIGN")).getAttribute("aria-current")).isEqualTo("page");
        handler.findElement(By.linkText(title)).click();
        await(handler, By.id("sign-submit")).click();
        awaitText(handler, By.id("case-status"), "办理中");

        handler.findElement(By.id("f-kind-VERIFIED")).click();
        handler.findElement(By.id("f-progress-note")).sendKeys("已联系物业，电梯确有故障。");
        submit(handler, By.id("progress-submit"));
        await(handler, By.id("done"));
        assertThat(handler.findElement(By.id("timeline")).getText()).contains("核实", "已联系物业");

        // An empty request is refused next to its field, and nothing else changes.
        submit(handler, By.id("supplement-submit"));
        assertThat(await(handler, By.id("e-supplement-text")).getText()).isNotBlank();
        handler.findElement(By.id("f-supplement-text")).sendKeys("请提供小区名称和电梯所在楼栋号。");
        submit(handler, By.id("supplement-submit"));
        awaitText(handler, By.id("case-status"), "待补充材料");

        WebDriver resident = browser();
        resident.get(Api.BASE + "/track");
        resident.findElement(By.id("f-number")).sendKeys(number);
        resident.findElement(By.id("f-code")).sendKeys(code);
        resident.findElement(By.cssSelector("button[type=submit].primary")).click();
        assertThat(await(resident, By.id("case-note")).getText()).contains("小区名称和电梯所在楼栋号");
        resident.findElement(By.id("f-supplement")).sendKeys("阳光花园小区3栋2单元。");
        submit(resident, By.cssSelector("#supplement button[type=submit]"));
        awaitText(resident, By.id("case-status"), "办理中");
        assertThat(resident.findElement(By.id("done")).getText()).contains("补充材料已提交");

        handler.get(Api.BASE + "/staff?queue=HANDLING");
        await(handler, By.linkText(title)).click();
        awaitText(handler, By.id("case-status"), "办理中");
        assertThat(handler.findElement(By.id("timeline")).getText()).contains("阳光花园小区3栋2单元");
    }

    /** The reviewer opens the reply from the review queue and approves it. */
    private static void approve(WebDriver reviewer, String title, boolean signInFirst) {
        if (signInFirst) {
            signIn(reviewer, "reviewer", "/staff/review");
        } else {
            reviewer.get(Api.BASE + "/staff/review");
        }
        await(reviewer, By.linkText(title)).click();
        await(reviewer, By.id("approve")).click();
        await(reviewer, By.id("done"));
    }
}
