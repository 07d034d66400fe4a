package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * Every public page type, in the normal and the elder (large text) mode, has no WCAG 2.1 AA
 * violation that axe-core finds ({@link Accessibility}). A new page type is one more line in
 * {@link #pages()}.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = BrowserIT.chromium("1280,1600", true);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The public page types, by name, with an example address of each. */
    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("write to a leader", "/write");
        pages.put("message board form", "/write/message");
        pages.put("consultation form with FAQ", "/write/consultation?q=%E5%B1%85%E4%BD%8F%E8%AF%81");
        pages.put("report mailbox form", "/write/report");
        pages.put("board", "/board");
        JsonObject answer = Api.anonymous().get("/api/board?size=1").json().getJsonArray("items").getJsonObject(0);
        pages.put("published answer", "/board/" + answer.getString("trackingNumber"));
        pages.put("case look-up", "/track");
        pages.put("statistics", "/statistics");
        pages.put("interviews", "/interviews");
        Api.anonymous().get("/api/interviews").array().stream().map(JsonObject.class::cast).findFirst()
                .ifPresent(i -> pages.put("interview", "/interviews/" + i.getString("id")));
        pages.put("search", "/search?q=%E5%9E%83%E5%9C%BE");
        pages.put("search without hits", "/search?q=%E6%97%A0%E6%AD%A4%E5%86%85%E5%AE%B9xyz");
        pages.put("resident sign-in", "/account");
        pages.put("resident registration", "/account/register");
        pages.put("staff sign-in", "/staff/login");
        return pages;
    }

    @Test
    void everyPublicPageTypeMeetsWcag21AaInNormalAndElderMode() {
        Map<String, String> pages = pages();
        List<String> failures = new ArrayList<>();
        for (String mode : List.of("off", "on")) {
            browser.get(Api.BASE + "/elder/" + mode + "?back=/");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.get(Api.BASE + page.getValue());
                try {
                    Accessibility.check(browser);
                } catch (AssertionError e) {
                    failures.add((mode.equals("on") ? "[elder] " : "") + page.getKey() + ": " + e.getMessage());
                }
            }
        }
        assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
    }

    @Test
    void theCheckFindsViolationsWhereThereAreSome() {
        browser.get("data:text/html;charset=utf-8,<html><body><img src='x.png'><input type='text'></body></html>");
        assertThat(Accessibility.violations(browser)).extracting(v -> v.get("id"))
                .as("an image without text and a field without a label").contains("image-alt", "label");
    }
}
