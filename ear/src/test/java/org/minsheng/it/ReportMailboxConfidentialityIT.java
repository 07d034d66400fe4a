package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minsheng.identity.api.Roles;

/**
 * Report-mailbox cases (举报信箱) are seen by the discipline role only. Reports are put in every
 * state a list can pick up (waiting to be signed, with an extension request, waiting for the
 * resident's supplement, overdue and escalated, answered); then every staff account, a resident
 * and a stranger read every GET operation of the OpenAPI document (each enumerated query value,
 * path parameters naming the reports) and every page of the deployed web module (staff and
 * public), and no answer may carry a report's tracking number, id or title, except to discipline
 * officers. The resident who wrote one reads it with its number and query code, and only so.
 */
@ExtendWith(ArquillianExtension.class)
class ReportMailboxConfidentialityIT {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(?:\\s*:\\s*([^}]*))?}");

    record Report(String number, String code, String id, String title) {
    }

    private static final List<Report> REPORTS = new ArrayList<>();
    /** A word in every report's title and text, and nowhere else. */
    private static String tag;
    private static JsonObject document;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    @BeforeAll
    static void reportsInEveryState() {
        document = Api.anonymous().get("/openapi?format=JSON").json();
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        tag = "JB" + HexFormat.of().formatHex(random).toUpperCase();
        Api discipline = Api.signedIn("jiwei");
        for (String state : List.of("待签收", "申请延期", "待补充", "已超期", "已答复")) {
            String title = "举报" + tag + "局干部" + state;
            Api.Reply submitted = Api.anonymous().post("/api/submissions", Json.createObjectBuilder()
                    .add("channel", "REPORT_MAILBOX").add("title", title)
                    .add("body", "举报" + tag + "：某局干部在项目验收中收受礼金，" + state + "。")
                    .add("name", "举报人").add("mobile", "13912340000").add("publicRequested", true).build().toString());
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
            String number = submitted.json().getString("trackingNumber");
            String code = submitted.json().getString("queryCode");
            assertThat(Await.until(Duration.ofSeconds(60),
                    () -> "DISPATCHED".equals(Routing.lookup(number, code).getString("status"))))
                    .as("a report goes to the discipline commission").isTrue();
            Report report = new Report(number, code, Database.text("select id from case_file where tracking_number = ?",
                    number), title);
            REPORTS.add(report);
            if (state.equals("待签收")) {
                continue;
            }
            ok(discipline.post("/api/staff/cases/" + report.id() + "/sign", version(discipline, report.id())));
            switch (state) {
                case "申请延期" -> ok(discipline.post("/api/staff/cases/" + report.id() + "/extension",
                        Json.createObjectBuilder().add("days", 5).add("reason", "需调取银行流水")
                                .add("version", versionOf(discipline, report.id())).build().toString()));
                case "待补充" -> ok(discipline.post("/api/staff/cases/" + report.id() + "/supplement-request",
                        Json.createObjectBuilder().add("text", "请补充时间地点")
                                .add("version", versionOf(discipline, report.id())).build().toString()));
                case "已超期" -> Database.update("update case_file set clock_started_at = ?, due_at = ? where id = ?",
                        Timestamp.from(Instant.now().minus(Duration.ofDays(40))),
                        Timestamp.from(Instant.now().minus(Duration.ofHours(1))), report.id());
                case "已答复" -> ok(discipline.post("/api/staff/cases/" + report.id() + "/answer",
                        Json.createObjectBuilder().add("reply", "您反映的问题已受理核查。").add("publish", true)
                                .add("version", versionOf(discipline, report.id())).build().toString()));
                default -> throw new IllegalStateException(state);
            }
        }
        Api.Reply sweep = Api.signedIn("admin").post("/api/admin/supervision/sweep", "{}");
        assertThat(sweep.status()).as(sweep.body()).isIn(200, 409);
        Api.Reply overdue = discipline.get("/api/staff/cases/" + REPORTS.get(3).id());
        assertThat(Await.until(Duration.ofSeconds(90), () -> "RED".equals(
                discipline.get("/api/staff/cases/" + REPORTS.get(3).id()).json().getString("warningLevel"))))
                .as("the overdue report is escalated: " + overdue.body()).isTrue();
    }

    @Test
    void noListingDetailOrPageShowsAReportToAnyoneButDisciplineOfficers() {
        List<Reader> readers = readers();
        List<String> paths = new ArrayList<>(apiPaths());
        List<String> pages = pagePaths();
        assertThat(paths).as("GET operations of the document").hasSizeGreaterThan(15);
        assertThat(pages).as("pages of the web module").hasSizeGreaterThan(15);
        assertThat(pages).anyMatch(p -> p.startsWith("/staff/cases/")).contains("/board", "/staff")
                .anyMatch(p -> p.startsWith("/staff/leader-mailbox")).contains("/staff/supervision");

        List<String> leaks = new ArrayList<>();
        int requests = 0;
        for (Reader reader : readers) {
            for (String path : paths) {
                requests++;
                check(reader, path, reader.client().get(path, "application/json"), leaks);
            }
            for (String page : pages) {
                requests++;
                check(reader, page, reader.client().get(page, "text/html"), leaks);
            }
        }
        System.out.printf("Report-mailbox confidentiality: %d readers x (%d API reads + %d pages) = %d requests%n",
                readers.size(), paths.size(), pages.size(), requests);
        assertThat(leaks).as("answers that show a report to someone who is not a discipline officer").isEmpty();
    }

    @Test
    void disciplineOfficersDoSeeThem() {
        Client jiwei = Client.staff("jiwei");
        String toSign = jiwei.get("/api/staff/workbench?queue=TO_SIGN", "application/json").body();
        assertThat(toSign).contains(REPORTS.get(0).number());
        for (Report report : REPORTS) {
            HttpResponse<String> details = jiwei.get("/api/staff/cases/" + report.id(), "application/json");
            assertThat(details.statusCode()).isEqualTo(200);
            assertThat(details.body()).contains(report.title());
            assertThat(jiwei.get("/staff/cases/" + report.id(), "text/html").body()).contains(report.title());
        }
        assertThat(jiwei.get("/api/staff/notifications", "application/json").body()).contains(REPORTS.get(3).number());
    }

    @Test
    void theResidentReadsTheirReportWithNumberAndQueryCodeOnly() {
        Report report = REPORTS.get(4);
        JsonObject seen = Routing.lookup(report.number(), report.code());
        assertThat(seen.toString()).contains(report.title());
        String wrongCode = report.code().equals("000000") ? "111111" : "000000";
        Api.Reply wrong = Api.anonymous().post("/api/cases/lookup", Json.createObjectBuilder()
                .add("trackingNumber", report.number()).add("queryCode", wrongCode).build().toString());
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.body()).doesNotContain(tag);

        Client resident = Client.anonymous();
        HttpResponse<String> tracked = resident.send("POST", "/track", "application/x-www-form-urlencoded",
                form(Map.of("trackingNumber", report.number(), "queryCode", report.code())), "text/html");
        assertThat(tracked.statusCode()).isEqualTo(303);
        assertThat(resident.get("/track/case", "text/html").body()).contains(report.title());

        Client stranger = Client.anonymous();
        HttpResponse<String> refused = stranger.send("POST", "/track", "application/x-www-form-urlencoded",
                form(Map.of("trackingNumber", report.number(), "queryCode", wrongCode)), "text/html");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain(tag);
        assertThat(stranger.get("/track/case", "text/html").body()).doesNotContain(tag);
    }

    // ---- who reads what ------------------------------------------------------------------------

    record Reader(String name, boolean discipline, Client client) {
    }

    /** Every active staff account, a registered resident who did not write the reports, and a stranger. */
    private static List<Reader> readers() {
        List<Reader> readers = new ArrayList<>();
        readers.add(new Reader("anonymous", false, Client.anonymous()));
        DemoStaff.accounts().forEach((username, roles) -> readers.add(new Reader(username + " " + roles,
                roles.contains(Roles.DISCIPLINE), Client.staff(username))));
        String login = "reader-" + tag.toLowerCase() + "@example.cn";
        Api.Reply registered = Api.anonymous().post("/api/residents", Json.createObjectBuilder().add("login", login)
                .add("displayName", "居民").add("password", Api.PASSWORD).build().toString());
        assertThat(registered.status()).as(registered.body()).isIn(201, 409);
        readers.add(new Reader("resident", false, Client.resident(login, Api.PASSWORD)));
        assertThat(readers.stream().filter(Reader::discipline)).as("a discipline officer is among the readers")
                .isNotEmpty();
        assertThat(readers).hasSizeGreaterThan(25).anyMatch(r -> r.name().startsWith("jwjw "))
                .anyMatch(r -> r.name().startsWith("zjj-head ")).anyMatch(r -> r.name().startsWith("leader "));
        return readers;
    }

    private static void check(Reader reader, String path, HttpResponse<String> reply, List<String> leaks) {
        // 503 is a declared answer (the digest while its stream rebalances); other 5xx are failures.
        if (reply.statusCode() >= 500 && reply.statusCode() != 503) {
            leaks.add("GET " + path + " as " + reader.name() + ": server error " + reply.statusCode());
        }
        if (reader.discipline()) {
            return;
        }
        // An error names the path that was asked for (its "instance"): that is the asker's own words.
        String asked = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String body = reply.body().replace(path, "").replace(asked, "");
        for (Report report : REPORTS) {
            for (String secret : List.of(report.number(), report.id(), tag)) {
                if (body.contains(secret)) {
                    leaks.add("GET " + path + " as " + reader.name() + " shows " + secret);
                }
            }
        }
    }

    /**
     * Every GET operation of the document, once per value of each enumerated query parameter (and
     * once with none); path parameters name each report (by id or number), or something absent.
     */
    private static List<String> apiPaths() {
        List<String> paths = new ArrayList<>();
        document.getJsonObject("paths").forEach((template, item) -> {
            JsonObject get = item.asJsonObject().getJsonObject("get");
            if (get == null) {
                return;
            }
            List<String> queries = new ArrayList<>(List.of(""));
            if (get.containsKey("parameters")) {
                get.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                        .filter(p -> "query".equals(p.getString("in", ""))).forEach(p -> {
                            for (String value : queryValues(p.getString("name"))) {
                                queries.add("?" + p.getString("name") + "=" + encode(value));
                            }
                        });
            }
            for (String path : fill(template)) {
                queries.forEach(q -> paths.add(path + q));
            }
        });
        return paths;
    }

    /** The GET pages of the deployed web module, with the same parameter values. */
    private static List<String> pagePaths() {
        Set<String> pages = new TreeSet<>();
        for (DeployedEndpoints.Endpoint page : DeployedEndpoints.pages()) {
            if (!"GET".equals(page.verb()) || page.path().matches(".*\\{\\w+\\s*:.*")) {
                continue; // the language and elder-mode switches only redirect
            }
            for (String path : fill(page.path())) {
                pages.add(path);
                for (String name : page.queryParameters()) {
                    queryValues(name).forEach(v -> pages.add(path + "?" + name + "=" + encode(v)));
                }
            }
        }
        return List.copyOf(pages);
    }

    /** Values worth trying for a query parameter: the enumerations the document declares for that name. */
    private static Set<String> queryValues(String name) {
        Set<String> values = new TreeSet<>();
        document.getJsonObject("paths").values().forEach(item -> item.asJsonObject().values().forEach(op -> {
            if (op.getValueType() != jakarta.json.JsonValue.ValueType.OBJECT
                    || !op.asJsonObject().containsKey("parameters")) {
                return;
            }
            op.asJsonObject().getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                    .filter(p -> name.equals(p.getString("name", "")) && p.containsKey("schema"))
                    .map(p -> p.getJsonObject("schema"))
                    .filter(s -> s.containsKey("enum"))
                    .forEach(s -> s.getJsonArray("enum").getValuesAs(JsonString.class)
                            .forEach(v -> values.add(v.getString())));
        }));
        switch (name) {
            case "channel" -> values.add("REPORT_MAILBOX");
            case "size" -> values.add("100");
            case "leader" -> Api.anonymous().get("/api/leaders").array().getValuesAs(JsonObject.class)
                    .forEach(l -> values.add(l.getString("code")));
            default -> { }
        }
        return values;
    }

    /** A template with each report in its parameters (by id, by number), or one value that names nothing. */
    private static List<String> fill(String template) {
        Matcher m = PARAMETER.matcher(template);
        if (!m.find()) {
            return List.of(template);
        }
        String name = m.group(1);
        List<String> values = new ArrayList<>();
        if (name.equalsIgnoreCase("caseId") || name.equals("id") && template.substring(0, m.start()).endsWith("/cases/")) {
            REPORTS.forEach(r -> values.add(r.id()));
        } else if (name.toLowerCase().contains("number")) {
            REPORTS.forEach(r -> values.add(r.number()));
        } else {
            values.add("0");
        }
        List<String> filled = new ArrayList<>();
        for (String value : values) {
            String once = template.substring(0, m.start()) + value + template.substring(m.end());
            filled.addAll(fill(once));
        }
        return filled;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] form(Map<String, String> fields) {
        return new TreeMap<>(fields).entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.US_ASCII);
    }

    private static long versionOf(Api api, String id) {
        Api.Reply reply = api.get("/api/staff/cases/" + id);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonNumber("version").longValue();
    }

    private static String version(Api api, String id) {
        return Json.createObjectBuilder().add("version", versionOf(api, id)).build().toString();
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }
}
