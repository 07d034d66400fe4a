package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input against every intake endpoint: malformed JSON, wrong types, oversized fields,
 * invalid UTF-8, forged content types, script and SQL payloads. Every answer is a 4xx with
 * problem+json (or a form page with the errors), never a 5xx; nothing is half-stored; scripts are
 * shown as text.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final byte[] INVALID_UTF8 = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
            '"', '}'};
    private static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    private static final String SQL = "'; drop table case_file; --";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    /** A JSON body sent with a content type, and the statuses allowed for it. */
    private record Probe(String name, String contentType, byte[] body) {
    }

    private static List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe("malformed", "application/json", utf8("{\"title\": \"未闭合")));
        probes.add(new Probe("not an object", "application/json", utf8("[1,2,3]")));
        probes.add(new Probe("wrong types", "application/json",
                utf8("{\"channel\":5,\"title\":[],\"body\":{},\"publicRequested\":\"maybe\",\"score\":\"five\","
                        + "\"queryCode\":123456,\"version\":\"one\"}")));
        probes.add(new Probe("null", "application/json", utf8("null")));
        probes.add(new Probe("empty", "application/json", new byte[0]));
        probes.add(new Probe("invalid UTF-8", "application/json", INVALID_UTF8));
        probes.add(new Probe("forged type", "text/plain", utf8("{\"title\":\"x\"}")));
        probes.add(new Probe("forged multipart", "multipart/form-data; boundary=x", utf8("--x\r\n\r\n--x--")));
        probes.add(new Probe("xml", "application/xml", utf8("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><a>&e;</a>")));
        probes.add(new Probe("huge", "application/json", utf8("{\"title\":\"" + "长".repeat(200_000) + "\"}")));
        probes.add(new Probe("deep", "application/json", utf8("[".repeat(5000) + "]".repeat(5000))));
        return probes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject submit(String title, String body) {
        Api.Reply reply = Api.anonymous().post("/api/submissions", Json.createObjectBuilder()
                .add("channel", "MESSAGE_BOARD").add("title", title).add("body", body).add("publicRequested", true)
                .build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    @Test
    void everyIntakeEndpointAnswersHostileBodiesWithA4xxProblemAndStoresNothing() {
        JsonObject receipt = submit("恶意输入测试", "正常内容");
        String number = receipt.getString("trackingNumber");
        List<String> endpoints = List.of("/api/submissions", "/api/cases/lookup", "/api/cases/" + number + "/rating",
                "/api/cases/" + number + "/supplement", "/api/cases/" + number + "/follow-up", "/api/session");
        long cases = Database.count("select count(*) from case_file");
        long steps = Database.count("select count(*) from case_step");
        for (String endpoint : endpoints) {
            for (Probe probe : probes()) {
                Api.Reply reply = Api.anonymous().postRaw(endpoint, probe.contentType(), probe.body());
                assertThat(reply.status()).as(endpoint + " / " + probe.name() + ": " + reply.body()).isBetween(400, 499);
                assertThat(reply.contentType()).as(endpoint + " / " + probe.name()).startsWith("application/problem+json");
                assertThat(reply.body()).as("no stack traces").doesNotContain("Exception").doesNotContain("at org.");
            }
        }
        assertThat(Database.count("select count(*) from case_file")).as("nothing half-stored").isEqualTo(cases);
        assertThat(Database.count("select count(*) from case_step")).isEqualTo(steps);
    }

    @Test
    void fieldRulesGiveBilingualFieldErrors() {
        Api.Reply reply = Api.anonymous().post("/api/submissions", Json.createObjectBuilder()
                .add("channel", "FAX").add("title", "题".repeat(51)).add("body", "文".repeat(2001))
                .add("mobile", "12345").add("caseType", "WAR").build().toString());
        assertThat(reply.status()).isEqualTo(422);
        JsonObject problem = reply.json();
        assertThat(problem.getJsonArray("errors").toString()).contains("channel").contains("title").contains("body")
                .contains("mobile").contains("caseType");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("messageZh")).isNotBlank();
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("messageEn")).isNotBlank();

        Api.Reply badRating = Api.anonymous().post("/api/cases/MS20260101-00001/rating", Json.createObjectBuilder()
                .add("queryCode", "123456").add("score", 9).add("comment", "评".repeat(501)).build().toString());
        assertThat(badRating.status()).isEqualTo(422);
        assertThat(badRating.body()).contains("score").contains("comment");
    }

    @Test
    void sqlAndScriptPayloadsAreStoredAsTextAndShownInert() {
        JsonObject receipt = submit(SQL + SCRIPT.substring(0, 8), SCRIPT + " " + SQL);
        String number = receipt.getString("trackingNumber");
        JsonObject seen = Routing.lookup(number, receipt.getString("queryCode"));
        assertThat(seen.getString("body")).isEqualTo(SCRIPT + " " + SQL);
        assertThat(Database.count("select count(*) from case_file where tracking_number = ?", number)).isEqualTo(1);

        Api.Reply sqlNumber = Api.anonymous().post("/api/cases/lookup", Json.createObjectBuilder()
                .add("trackingNumber", SQL).add("queryCode", "' or '1'='1").build().toString());
        assertThat(sqlNumber.status()).isEqualTo(404);
        assertThat(Api.anonymous().post("/api/cases/" + "%27%20or%201%3D1/rating", Json.createObjectBuilder()
                .add("queryCode", "1").add("score", 5).build().toString()).status()).isEqualTo(404);

        // The resident's track page and, once answered, the board render the payload as text.
        Api resident = Api.anonymous();
        assertThat(resident.postForm("/track", utf8("trackingNumber=" + number + "&queryCode="
                + receipt.getString("queryCode"))).status()).isEqualTo(303);
        Api.Reply track = resident.get("/track/case");
        assertThat(track.status()).isEqualTo(200);
        assertThat(track.body()).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;");

        Api handler = Routing.handlerFor(number, receipt.getString("queryCode"), "sjzyj");
        String id = Database.text("select id from case_file where tracking_number = ?", number);
        Api.Reply staffPage = handler.get("/staff/cases/" + id);
        assertThat(staffPage.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
        long version = handler.get("/api/staff/cases/" + id).json().getJsonNumber("version").longValue();
        assertThat(handler.post("/api/staff/cases/" + id + "/answer", Json.createObjectBuilder()
                .add("reply", "答复 " + SCRIPT).add("publish", true).add("version", version).build().toString()).status())
                .isEqualTo(200);
        Routing.approve(id);
        Api.Reply board = Api.anonymous().get("/board");
        assertThat(board.body()).contains(number).doesNotContain("<script>alert").doesNotContain("<img src=x");
    }

    @Test
    void hostileFormPostsNeverFail() {
        String[] forms = {"/track", "/write"};
        List<byte[]> bodies = List.of(utf8("title=" + "%E9%95%BF".repeat(3000)), new byte[] {'t', '=', (byte) 0xC3, (byte) 0x28},
                utf8("trackingNumber=%00%00&queryCode=%FF"), utf8("%%%%"), new byte[0]);
        for (String form : forms) {
            for (byte[] body : bodies) {
                Api.Reply reply = Api.anonymous().postForm(form, body);
                assertThat(reply.status()).as(form + " " + new String(body, StandardCharsets.ISO_8859_1))
                        .isLessThan(500);
                assertThat(reply.body()).doesNotContain("Exception");
            }
        }
    }
}
