package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The intake-to-board flow of {@link IntakeToBoardIT} as people use it, in headless Chromium with
 * JavaScript switched off (public pages must work without it): a resident writes to the mayor, a
 * handler answers from the workbench, a reviewer approves the reply, the resident looks the answer
 * up.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private WebDriver resident;
    private WebDriver handler;
    private WebDriver reviewer;

    /** A desktop-sized browser with scripts off, as public pages must work without them. */
    static WebDriver chromium() {
        return chromium("1280,1600", false);
    }

    static WebDriver chromium(String windowSize, boolean scripts) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + windowSize, "--lang=zh-CN");
        if (!scripts) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    @BeforeEach
    void open() {
        resident = chromium();
        handler = chromium();
    }

    @AfterEach
    void close() {
        if (resident != null) {
            resident.quit();
        }
        if (handler != null) {
            handler.quit();
        }
        if (reviewer != null) {
            reviewer.quit();
        }
    }

    /** Signs a member of staff in through the login page, which then leads to {@code next}. */
    static void signIn(WebDriver driver, String username, String next) {
        driver.get(Api.BASE + "/staff/login?next=" + next);
        driver.findElement(By.id("f-username")).sendKeys(username);
        driver.findElement(By.id("f-password")).sendKeys(Api.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit].primary")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.not(
                ExpectedConditions.urlContains("/staff/login")));
    }

    /** Waits until the element's text is exactly {@code text} (the page a submit leads to has arrived). */
    static void awaitText(WebDriver driver, By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(locator, text));
    }

    /**
     * Clicks a submit button and waits until the browser has left the current page, so what is read
     * next comes from the page the submit leads to (some ids are on both pages).
     */
    static void submit(WebDriver driver, By button) {
        clickAndLeave(driver, button);
    }

    /** Follows a link, waiting until the browser has left the current page (see {@link #submit}). */
    static void follow(WebDriver driver, By link) {
        clickAndLeave(driver, link);
    }

    private static void clickAndLeave(WebDriver driver, By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> hasLeft(page));
    }

    /**
     * Whether the element's page is gone. Chromium reports a node of a page being replaced either as
     * stale or, while the next page loads, as "does not belong to the document"; both mean left.
     */
    private static boolean hasLeft(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Finds an element on the page a submit leads to, waiting for that page to arrive. */
    static WebElement await(WebDriver driver, By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    @Test
    void residentWritesHandlerAnswersResidentReadsTheAnswer() {
        String script = "<script>document.title='pwned'</script>";
        // (Scripts are off in these browsers; the markup check below is what proves escaping.)
        resident.get(Api.BASE + "/");
        assertThat(resident.getTitle()).contains("常德市民声");
        follow(resident, By.cssSelector("a[href='/write?leader=shizhang']"));
        assertThat(new Select(resident.findElement(By.id("f-leaderCode"))).getFirstSelectedOption().getText()).contains("市长");

        // A first try with a missing title shows the error next to the field, keeping what was typed.
        resident.findElement(By.id("f-body")).sendKeys("武陵大道公交站台顶棚破损，下雨天无法候车。" + script);
        resident.findElement(By.cssSelector("button[type=submit].primary")).click();
        assertThat(await(resident, By.id("e-title")).getText()).contains("标题不能为空");
        assertThat(resident.findElement(By.id("f-body")).getAttribute("value")).contains("顶棚破损");

        resident.findElement(By.id("f-title")).sendKeys("公交站台顶棚破损");
        resident.findElement(By.id("f-name")).sendKeys("李华");
        resident.findElement(By.cssSelector("button[type=submit].primary")).click();
        String number = await(resident, By.id("tracking-number")).getText();
        String code = resident.findElement(By.id("query-code")).getText();
        assertThat(number).startsWith("MS");
        assertThat(code).matches("\\d{6}");

        Routing.handlerFor(number, code, "jtysj");
        String account = Routing.handlerOf(Routing.lookup(number, code).getString("departmentCode"));
        handler.get(Api.BASE + "/staff");
        handler.findElement(By.id("f-username")).sendKeys(account);
        handler.findElement(By.id("f-password")).sendKeys(Api.PASSWORD);
        handler.findElement(By.cssSelector("button[type=submit].primary")).click();
        await(handler, By.linkText("公交站台顶棚破损")).click();
        await(handler, By.id("f-reply"));
        WebElement message = handler.findElement(By.cssSelector("p.message"));
        assertThat(message.getText()).contains(script);
        assertThat(handler.findElements(By.cssSelector("p.message script"))).as("input is escaped on output").isEmpty();
        handler.findElement(By.id("f-reply")).sendKeys("您好！站台顶棚已于今日修复，感谢您的反映。");
        handler.findElement(By.id("answer-submit")).click();
        awaitText(handler, By.id("case-status"), "待审核");
        assertThat(handler.findElement(By.id("case-draft")).getText()).contains("站台顶棚已于今日修复");

        // Replies are reviewed: the resident sees nothing until the reviewer approves.
        reviewer = chromium();
        signIn(reviewer, "reviewer", "/staff/review");
        await(reviewer, By.linkText("公交站台顶棚破损")).click();
        await(reviewer, By.id("approve")).click();
        await(reviewer, By.id("done"));
        assertThat(reviewer.getCurrentUrl()).contains("/staff/review");

        resident.get(Api.BASE + "/track");
        resident.findElement(By.id("f-number")).sendKeys(number);
        resident.findElement(By.id("f-code")).sendKeys(code);
        resident.findElement(By.cssSelector("button[type=submit].primary")).click();
        assertThat(await(resident, By.id("case-reply")).getText()).contains("站台顶棚已于今日修复");
        assertThat(resident.findElement(By.id("case-status")).getText()).isEqualTo("已答复");

        resident.get(Api.BASE + "/board");
        assertThat(resident.findElement(By.id("e-" + number)).getText()).contains("站台顶棚已于今日修复");

        resident.get(Api.BASE + "/lang/en?back=/board");
        assertThat(resident.findElement(By.tagName("h1")).getText()).isEqualTo("Public answers");
    }
}
