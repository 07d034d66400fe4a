package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The browser-side protections on every kind of response (page, API, static file, redirect, error
 * page and problem), the cookies' flags over plain HTTP and over TLS, and the pages themselves
 * running in Chromium under the policy without a single violation in the console.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    /** WildFly's HTTPS listener: the HTTP port + 363, with its self-signed certificate. */
    private static final String TLS_BASE = "https://localhost:" + (8443 + Api.OFFSET);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    @Test
    void everyKindOfResponseCarriesTheHeaders() {
        Client client = Client.anonymous();
        Map<String, HttpResponse<String>> responses = new java.util.LinkedHashMap<>();
        responses.put("public page", client.get("/", "text/html"));
        responses.put("API", client.get("/api/leaders", "application/json"));
        responses.put("static file", client.get("/static/minsheng.css", "text/css"));
        responses.put("script", client.get("/static/interview.js", "*/*"));
        responses.put("404 page", client.get("/no-such-page", "text/html"));
        responses.put("404 problem", client.get("/api/no-such-resource", "application/json"));
        responses.put("unknown static file", client.get("/static/no-such.js", "*/*"));
        responses.put("401 problem", client.get("/api/staff/queue", "application/json"));
        responses.put("login redirect", client.get("/staff", "text/html"));
        responses.put("malformed body", client.send("POST", "/api/submissions", "application/json",
                "{\"title\":".getBytes(StandardCharsets.UTF_8), "application/json"));

        assertThat(responses.get("404 page").statusCode()).isEqualTo(404);
        assertThat(responses.get("404 problem").statusCode()).isEqualTo(404);
        assertThat(responses.get("static file").statusCode()).isEqualTo(200);
        assertThat(responses.get("login redirect").statusCode()).isEqualTo(303);
        assertThat(responses.get("malformed body").statusCode()).isEqualTo(400);
        responses.forEach((what, response) -> {
            var headers = response.headers();
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(what).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'",
                    "ws://localhost:" + (8080 + Api.OFFSET)).doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        });
    }

    @Test
    void cookiesAreHttpOnlyAndSameSiteAndSecureOverTls() throws Exception {
        Client http = Client.anonymous();
        HttpResponse<String> signedIn = http.send("POST", "/api/session", "application/json", Json.createObjectBuilder()
                .add("username", "handler").add("password", Api.PASSWORD).build().toString()
                .getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        List<String> plain = new ArrayList<>(signedIn.headers().allValues("Set-Cookie"));
        plain.addAll(http.get("/lang/en?back=/", "text/html").headers().allValues("Set-Cookie"));
        assertThat(plain).as("over plain HTTP").anyMatch(c -> c.startsWith("JSESSIONID="))
                .anyMatch(c -> c.startsWith("lang="))
                .allSatisfy(c -> assertThat(c.toLowerCase()).contains("httponly", "samesite=lax")
                        .doesNotContain("secure"));

        List<String> tls = new ArrayList<>(tlsCookies("POST", "/api/session", Json.createObjectBuilder()
                .add("username", "handler").add("password", Api.PASSWORD).build().toString()));
        tls.addAll(tlsCookies("GET", "/lang/en?back=/", null));
        assertThat(tls).as("over TLS").anyMatch(c -> c.startsWith("JSESSIONID=")).anyMatch(c -> c.startsWith("lang="))
                .allSatisfy(c -> assertThat(c.toLowerCase()).contains("httponly", "samesite=lax", "secure"));
    }

    /**
     * The main pages, public and staff, in Chromium with JavaScript on: the console reports no
     * Content-Security-Policy violation, and the live interview page's WebSocket connects under the
     * policy. An inline script added on purpose is refused and reported, so the console is read.
     */
    @Test
    void theMainPagesRunUnderThePolicyWithoutViolations() {
        String live = Api.anonymous().get("/api/interviews").array().getValuesAs(JsonObject.class).stream()
                .filter(i -> "LIVE".equals(i.getString("status"))).map(i -> i.getString("id")).findFirst().orElseThrow();
        String caseId = Database.text("select id from case_file where channel <> 'REPORT_MAILBOX'"
                + " and department_code = 'zjj' order by received_at limit 1");
        String lastMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
        List<String> violations = new ArrayList<>();
        WebDriver resident = chromium();
        try {
            for (String page : List.of("/", "/write", "/board", "/statistics?month=" + lastMonth, "/statistics", "/track",
                    "/interviews", "/account/register", "/account", "/staff/login", "/no-such-page")) {
                visit(resident, page, violations);
            }
            visit(resident, "/interviews/" + live, violations);
            assertThat(Await.until(Duration.ofSeconds(20), () -> resident.findElement(By.id("stream-state")).getText()
                    .contains("直播中"))).as("the live WebSocket connects under the policy").isTrue();
            violations.addAll(consoleViolations(resident, "/interviews/" + live));

            ((JavascriptExecutor) resident).executeScript("var s = document.createElement('script');"
                    + " s.textContent = 'document.title = \"inline\"'; document.body.appendChild(s);");
            assertThat(consoleViolations(resident, "control")).as("an inline script is refused and reported")
                    .isNotEmpty();
            assertThat(resident.getTitle()).isNotEqualTo("inline");
        } finally {
            resident.quit();
        }
        for (String[] staff : new String[][] {
                {"zjj", "/staff", "/staff/cases/" + caseId, "/staff/notifications"},
                {"admin", "/staff/supervision", "/staff/admin/site", "/staff/admin/calendar", "/staff/admin/classifier",
                        "/staff/interviews", "/staff/interviews/new", "/staff/leader-mailbox", "/staff/extensions"},
                {"dispatcher", "/staff/dispatch", "/staff/cases/" + caseId},
                {"reviewer", "/staff/review"},
                {"host", "/staff/interviews/" + live + "/console", "/staff/interviews/" + live + "/moderate"}}) {
            WebDriver browser = chromium();
            try {
                BrowserIT.signIn(browser, staff[0], staff[1]);
                violations.addAll(consoleViolations(browser, staff[0] + " sign-in"));
                for (int i = 1; i < staff.length; i++) {
                    visit(browser, staff[i], violations);
                }
            } finally {
                browser.quit();
            }
        }
        assertThat(violations).as("Content-Security-Policy violations in the console").isEmpty();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static void visit(WebDriver browser, String page, List<String> violations) {
        browser.get(Api.BASE + page);
        assertThat(browser.findElements(By.tagName("main"))).as(page + " rendered").isNotEmpty();
        violations.addAll(consoleViolations(browser, page));
    }

    private static List<String> consoleViolations(WebDriver browser, String where) {
        List<String> found = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")) {
                found.add(where + ": " + message);
            }
        }
        return found;
    }

    /** Chromium with JavaScript on and its console kept for the test to read. */
    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1600", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** The Set-Cookie headers of a request to WildFly's HTTPS listener (a self-signed certificate, trusted here). */
    private static List<String> tlsCookies(String method, String path, String json)
            throws IOException, GeneralSecurityException {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        HttpsURLConnection connection = (HttpsURLConnection) URI.create(TLS_BASE + path).toURL().openConnection();
        connection.setSSLSocketFactory(tls.getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        connection.setInstanceFollowRedirects(false);
        connection.setRequestMethod(method);
        connection.setRequestProperty("Accept", "*/*");
        if (json != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        assertThat(status).as(method + " " + path + " over TLS").isIn(200, 303);
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        assertThat(connection.getHeaderField("Content-Security-Policy")).contains("wss://localhost:" + (8443 + Api.OFFSET));
        List<String> cookies = connection.getHeaderFields().getOrDefault("Set-Cookie", List.of());
        connection.disconnect();
        return cookies;
    }
}
