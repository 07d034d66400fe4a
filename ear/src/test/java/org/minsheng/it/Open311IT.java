package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/**
 * Open311 GeoReport v2 spoken to as a client would: discovery, services and a definition, a
 * request posted with an API key and read back in JSON and XML through its answer, tokens, the
 * key's revocation and rate limit; reports and private cases are never shown.
 */
@ExtendWith(ArquillianExtension.class)
class Open311IT {

    private static final String V2 = "/open311/v2";
    private static final Pattern ISO_WITH_ZONE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private static String issueKey(String name) {
        Api.Reply issued = Api.signedIn("admin").post("/api/staff/open311/keys",
                Json.createObjectBuilder().add("name", name).build().toString());
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().getString("apiKey");
    }

    private static String form(String... pairs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.append(b.isEmpty() ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static Document xml(Api.Reply reply) throws Exception {
        assertThat(reply.contentType()).startsWith("text/xml");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document d, String element) {
        return d.getElementsByTagName(element).item(0).getTextContent();
    }

    @Test
    void discoveryServicesAndDefinitionsInJsonAndXml() throws Exception {
        Api client = Api.anonymous();
        JsonObject discovery = client.get(V2 + "/discovery.json").json();
        assertThat(discovery.getJsonArray("endpoints").getJsonObject(0).getString("specification"))
                .isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(text(xml(client.get(V2 + "/discovery.xml")), "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");

        JsonArray services = client.get(V2 + "/services.json").array();
        assertThat(services).hasSize(7);
        assertThat(services.stream().map(JsonObject.class::cast).map(s -> s.getString("service_code")))
                .contains("transport", "environment", "urban-construction");
        JsonObject transport = services.stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("service_code").equals("transport")).findFirst().orElseThrow();
        assertThat(transport.getString("service_name")).isEqualTo("交通运输");
        assertThat(transport.getBoolean("metadata")).isTrue();
        assertThat(transport.getString("type")).isEqualTo("realtime");
        Document servicesXml = xml(client.get(V2 + "/services.xml"));
        assertThat(servicesXml.getDocumentElement().getNodeName()).isEqualTo("services");
        assertThat(servicesXml.getElementsByTagName("service").getLength()).isEqualTo(7);

        JsonObject definition = client.get(V2 + "/services/transport.json").json();
        assertThat(definition.getString("service_code")).isEqualTo("transport");
        JsonObject attribute = definition.getJsonArray("attributes").getJsonObject(0);
        assertThat(attribute.getString("code")).isEqualTo("case_type");
        assertThat(attribute.getString("datatype")).isEqualTo("singlevaluelist");
        assertThat(attribute.getJsonArray("values")).hasSize(4);
        Document definitionXml = xml(client.get(V2 + "/services/transport.xml"));
        assertThat(definitionXml.getDocumentElement().getNodeName()).isEqualTo("service_definition");
        assertThat(definitionXml.getElementsByTagName("value").getLength()).isEqualTo(4);

        Api.Reply unknown = client.get(V2 + "/services/no-such.json");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.array().getJsonObject(0).getInt("code")).isEqualTo(404);
        assertThat(xml(client.get(V2 + "/services/no-such.xml")).getDocumentElement().getNodeName()).isEqualTo("errors");
    }

    @Test
    void aRequestPostedWithAKeyIsReadBackAndClosedByItsPublicAnswer() throws Exception {
        Api client = Api.anonymous();
        String body = form("service_code", "transport", "description", "人民路公交站候车亭顶棚破损，下雨天无法避雨。",
                "address_string", "武陵区人民路", "attribute[case_type]", "COMPLAINT", "last_name", "孙",
                "first_name", "八", "phone", "13912345678");
        Api.Reply refused = client.postForm(V2 + "/requests.json", body);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.array().getJsonObject(0).getInt("code")).isEqualTo(403);

        String key = issueKey("市民通 App");
        Api.Reply created = client.postForm(V2 + "/requests.json", body + "&" + form("api_key", key));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject receipt = created.array().getJsonObject(0);
        String id = receipt.getString("service_request_id");
        assertThat(receipt.getString("token")).isEqualTo(id);
        Matcher code = Pattern.compile("查询码 (\\d{6})").matcher(receipt.getString("service_notice"));
        assertThat(code.find()).isTrue();

        JsonObject open = client.get(V2 + "/requests/" + id + ".json").array().getJsonObject(0);
        assertThat(open.getString("service_request_id")).isEqualTo(id);
        assertThat(open.getString("status")).isEqualTo("open");
        assertThat(open.getString("description")).contains("候车亭顶棚破损", "武陵区人民路").doesNotContain("13912345678");
        assertThat(open.getString("requested_datetime")).matches(ISO_WITH_ZONE);
        assertThat(open.isNull("status_notes")).isTrue();
        Document openXml = xml(client.get(V2 + "/requests/" + id + ".xml"));
        assertThat(openXml.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        assertThat(text(openXml, "status")).isEqualTo("open");
        assertThat(text(openXml, "service_request_id")).isEqualTo(id);
        assertThat(client.get(V2 + "/tokens/" + id + ".json").array().getJsonObject(0).getString("service_request_id"))
                .isEqualTo(id);
        assertThat(client.get(V2 + "/requests.json?service_request_id=" + id).array()).hasSize(1);

        // The department answers, the reviewer approves with publication: the request is closed with that answer.
        Api handler = Routing.handlerFor(id, code.group(1), "jtysj");
        assertThat(client.get(V2 + "/requests/" + id + ".json").array().getJsonObject(0).getString("expected_datetime"))
                .as("the due date once dispatched").matches(ISO_WITH_ZONE);
        String caseId = Database.text("select id from case_file where tracking_number = ?", id);
        long version = handler.get("/api/staff/cases/" + caseId).json().getJsonNumber("version").longValue();
        String answer = "您好！市交通运输局已于12月5日更换人民路公交站候车亭顶棚。";
        assertThat(handler.post("/api/staff/cases/" + caseId + "/answer", Json.createObjectBuilder().add("reply", answer)
                .add("publish", true).add("version", version).build().toString()).status()).isEqualTo(200);
        Routing.approve(caseId);
        JsonObject closed = client.get(V2 + "/requests/" + id + ".json").array().getJsonObject(0);
        assertThat(closed.getString("status")).isEqualTo("closed");
        assertThat(closed.getString("status_notes")).isEqualTo(answer);
        assertThat(closed.getString("agency_responsible")).isNotBlank();
        assertThat(closed.getString("updated_datetime")).matches(ISO_WITH_ZONE);
        assertThat(client.get(V2 + "/requests.json?status=closed").array().stream().map(JsonObject.class::cast)
                .map(r -> r.getString("service_request_id"))).contains(id);

        Api.Reply bad = client.postForm(V2 + "/requests.xml", form("api_key", key, "service_code", "transport",
                "description", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(xml(bad).getDocumentElement().getNodeName()).isEqualTo("errors");
    }

    @Test
    void reportsAndPrivateCasesAreNeverShown() {
        Api client = Api.anonymous();
        String report = submit("REPORT_MAILBOX", "举报某局干部收受红包", true);
        String privateCase = submit("MESSAGE_BOARD", "小区门口积水无人处理", false);
        for (String number : new String[] {report, privateCase}) {
            assertThat(client.get(V2 + "/requests/" + number + ".json").status()).isEqualTo(404);
            assertThat(client.get(V2 + "/tokens/" + number + ".json").status()).isEqualTo(404);
            assertThat(client.get(V2 + "/requests.json?service_request_id=" + number).array()).isEmpty();
        }
        String all = client.get(V2 + "/requests.json").body() + client.get(V2 + "/requests.xml").body();
        assertThat(all).doesNotContain(report, privateCase, "收受红包");
    }

    @Test
    void aRevokedKeyIsRefusedAndAKeyIsRateLimited() {
        Api client = Api.anonymous();
        String limited = issueKey("压力测试");
        int status = 0;
        for (int i = 0; i < 61 && status != 429; i++) {
            status = client.postForm(V2 + "/requests.json", form("api_key", limited, "service_code", "no-such",
                    "description", "x")).status();
        }
        assertThat(status).as("30 requests a minute, then 429").isEqualTo(429);

        String key = issueKey("已停用系统");
        Api admin = Api.signedIn("admin");
        long id = admin.get("/api/staff/open311/keys").array().stream().map(JsonObject.class::cast)
                .filter(k -> k.getString("name").equals("已停用系统")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertThat(admin.get("/api/staff/open311/keys").body()).doesNotContain(key);
        assertThat(admin.delete("/api/staff/open311/keys/" + id).status()).isEqualTo(200);
        assertThat(client.postForm(V2 + "/requests.json", form("api_key", key, "service_code", "transport",
                "description", "测试")).status()).isEqualTo(403);
        assertThat(Api.signedIn("reviewer").post("/api/staff/open311/keys", "{\"name\":\"x\"}").status()).isEqualTo(403);
        assertThat(Database.count("select count(*) from audit_record where action like 'open311.key.%'")).isGreaterThanOrEqualTo(3);
    }

    private static String submit(String channel, String title, boolean publicRequested) {
        JsonObject letter = Json.createObjectBuilder().add("channel", channel).add("title", title)
                .add("body", title + "，请有关部门核实处理。").add("publicRequested", publicRequested).build();
        Api.Reply receipt = Api.anonymous().post("/api/submissions", letter.toString());
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
        return receipt.json().getString("trackingNumber");
    }
}
