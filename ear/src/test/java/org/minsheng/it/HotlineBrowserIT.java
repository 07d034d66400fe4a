package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.it.BrowserIT.await;
import static org.minsheng.it.BrowserIT.signIn;
import static org.minsheng.it.BrowserIT.submit;

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
 * A call-taker enters a call in headless Chromium and the case reaches the department: without
 * scripts the "suggest" button shows the suggestions; with scripts they appear while typing.
 */
@ExtendWith(ArquillianExtension.class)
class HotlineBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private final List<WebDriver> browsers = new ArrayList<>();

    private WebDriver browser(boolean scripts) {
        WebDriver driver = BrowserIT.chromium("1280,1600", scripts);
        browsers.add(driver);
        return driver;
    }

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void aCallEnteredWithoutScriptsReachesTheDepartment() {
        String title = "桥南市场路灯不亮" + UUID.randomUUID().toString().substring(0, 4);
        WebDriver callTaker = browser(false);
        signIn(callTaker, "call-taker", "/staff/hotline");
        await(callTaker, By.id("channel-HOTLINE_12345")).click();
        callTaker.findElement(By.id("type-COMPLAINT")).click();
        callTaker.findElement(By.id("f-title")).sendKeys(title);
        callTaker.findElement(By.id("f-body")).sendKeys("来电人反映桥南市场东侧一排路灯已经一周不亮，晚上行人摔倒过。");
        callTaker.findElement(By.id("f-callerName")).sendKeys("孙先生");
        submit(callTaker, By.id("suggest"));
        assertThat(await(callTaker, By.id("suggested-category")).getText()).startsWith("建议分类");
        assertThat(callTaker.findElement(By.id("f-title")).getAttribute("value")).as("what was typed is kept")
                .isEqualTo(title);
        submit(callTaker, By.id("save-call"));
        String number = await(callTaker, By.id("receipt-number")).getText();
        String code = callTaker.findElement(By.id("receipt-code")).getText();
        assertThat(callTaker.findElement(By.id("receipt-read-out")).getText()).contains("读出");
        assertThat(callTaker.findElement(By.id("recent-calls")).getText()).contains(number);

        JsonObject routed = Routing.lookup(number, code);
        String department = routed.getString("departmentCode", null);
        if ("REGISTERED".equals(routed.getString("status"))) {
            WebDriver dispatcher = browser(false);
            signIn(dispatcher, "dispatcher", "/staff/dispatch");
            await(dispatcher, By.linkText(title)).click();
            new Select(await(dispatcher, By.id("f-department"))).selectByValue("zjj");
            dispatcher.findElement(By.id("dispatch-submit")).click();
            await(dispatcher, By.id("done"));
            department = "zjj";
        }
        WebDriver handler = browser(false);
        signIn(handler, Routing.handlerOf(department), "/staff");
        await(handler, By.id("tab-TO_SIGN"));
        handler.findElement(By.linkText(title)).click();
        assertThat(await(handler, By.tagName("body")).getText()).contains("12345热线", number);
    }

    @Test
    void withScriptsTheSuggestionsAppearWhileTyping() {
        WebDriver callTaker = browser(true);
        signIn(callTaker, "call-taker", "/staff/hotline");
        await(callTaker, By.id("f-body")).sendKeys("来电咨询新生儿医保参保需要带哪些材料，去哪里办理。");
        assertThat(await(callTaker, By.id("suggested-category")).getText()).startsWith("建议分类");
        assertThat(callTaker.findElements(By.id("suggestions-hint"))).as("replaced by the suggestions").isEmpty();
    }
}
