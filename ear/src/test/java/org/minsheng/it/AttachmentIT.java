package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minsheng.it.TestFiles.Part;

/**
 * Attachments end to end: a resident adds photos to a case (metadata removed on the way), staff of
 * the handling department read them, and hostile uploads get 4xx problems, never a 5xx.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentIT {

    private static final String BOUNDARY = TestFiles.BOUNDARY;
    private static final String GPS_MARK = TestFiles.GPS_MARK;
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    record Reply(int status, HttpResponse<byte[]> response) {

        String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(text()))) {
                return reader.readObject();
            }
        }

        JsonArray array() {
            try (JsonReader reader = Json.createReader(new StringReader(text()))) {
                return reader.readArray();
            }
        }
    }

    @Test
    void residentAttachesPhotosWithoutTheirMetadataAndTheHandlingDepartmentReadsThem() throws IOException {
        JsonObject receipt = submit("建议增开公交线路",
                "城东新区到火车站只有一路公交车，早晚高峰车厢拥挤，等车要半小时，建议交通部门增开公交线路、加密班次。");
        String number = receipt.getString("trackingNumber");
        String code = receipt.getString("queryCode");
        String base = "/api/cases/" + number + "/attachments";

        byte[] photo = TestFiles.jpegWithGps(Color.ORANGE);
        assertThat(TestFiles.contains(photo, GPS_MARK)).isTrue();
        Reply uploaded = upload(base, Part.text("queryCode", code), Part.file("现场照片.jpg", "image/jpeg", photo));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        JsonObject info = uploaded.json();
        assertThat(info.getString("sha256")).matches("[0-9a-f]{64}");
        assertThat(info.getString("contentType")).isEqualTo("image/jpeg");
        assertThat(info.getString("fileName")).isEqualTo("现场照片.jpg");
        String id = info.getString("id");

        Reply again = upload(base, Part.text("queryCode", code), Part.file("copy.jpg", null, photo));
        assertThat(again.status()).as("the same file is stored once").isEqualTo(200);
        assertThat(again.json().getString("id")).isEqualTo(id);

        Reply download = get(base + "/" + id + "?code=" + code, null);
        assertThat(download.status()).isEqualTo(200);
        byte[] stored = download.response().body();
        assertThat(TestFiles.contains(stored, GPS_MARK)).isFalse();
        assertThat(TestFiles.contains(stored, "Exif")).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(40);
        assertThat(download.header("Content-Type")).startsWith("image/jpeg");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.jpg");

        String wrong = code.equals("000000") ? "111111" : "000000";
        assertProblem(upload(base, Part.text("queryCode", wrong), Part.file("b.png", null, TestFiles.png(Color.RED))), 404);
        assertProblem(get(base + "?code=" + wrong, null), 404);
        assertThat(get(base + "?code=" + code, null).array()).hasSize(1);

        Reply oversized = upload(base, Part.text("queryCode", code), Part.file("big.jpg", null, new byte[MAX_BYTES + 1]));
        assertProblem(oversized, 413);
        assertThat(oversized.json().getString("title_en")).contains("5 MB");
        assertProblem(upload(base, Part.text("queryCode", code), Part.file("huge.jpg", null, new byte[6 * 1024 * 1024])), 413);
        assertProblem(upload(base, Part.text("queryCode", code), Part.file("anim.gif", "image/gif", TestFiles.gif())), 415);
        assertProblem(upload(base, Part.text("queryCode", code), Part.file("scan.png", "application/pdf", TestFiles.png(Color.RED))),
                415);

        Color[] colours = {Color.RED, Color.GREEN, Color.BLUE, Color.CYAN};
        for (Color colour : colours) {
            Reply added = upload(base, Part.text("queryCode", code), Part.file("p.png", "image/png", TestFiles.png(colour)));
            assertThat(added.status()).as(added.text()).isEqualTo(201);
        }
        Reply sixth = upload(base, Part.text("queryCode", code), Part.file("p.png", null, TestFiles.png(Color.MAGENTA)));
        assertProblem(sixth, 422);
        assertThat(sixth.json().getJsonArray("errors").getJsonObject(0).getString("messageEn")).contains("5 files");

        Routing.handlerFor(number, code, "jtysj");
        String department = Routing.lookup(number, code).getString("departmentCode");
        String handler = Routing.handlerOf(department);
        String caseId = Routing.lookup(number, code).getString("id");
        String staffBase = "/api/staff/cases/" + caseId + "/attachments";
        Reply staffList = get(staffBase, handler);
        assertThat(staffList.status()).as(staffList.text()).isEqualTo(200);
        assertThat(staffList.array()).hasSize(5);
        Reply staffDownload = get(staffBase + "/" + id, handler);
        assertThat(staffDownload.status()).isEqualTo(200);
        assertThat(staffDownload.response().body()).isEqualTo(stored);
        assertThat(Database.count("select count(*) from audit_record where action = 'attachment.download'"
                + " and subject_id = ? and actor = ?", caseId, handler)).isEqualTo(1);
        assertThat(Database.count("select count(*) from audit_record where action = 'attachment.add' and subject_id = ?",
                caseId)).isEqualTo(5);

        String outsider = "zjj".equals(department) ? "rsj" : "zjj";
        assertProblem(get(staffBase, outsider), 404);
        assertProblem(get(staffBase + "/" + id, outsider), 404);
        assertThat(get(staffBase, null).status()).isEqualTo(401);
    }

    @Test
    void hostileUploadsGetProblemsNeverAServerError() {
        JsonObject receipt = submit("小区路灯损坏", "小区门口路灯损坏多日，请尽快维修。");
        String base = "/api/cases/" + receipt.getString("trackingNumber") + "/attachments";
        String code = receipt.getString("queryCode");

        byte[] whole = TestFiles.multipart(List.of(Part.text("queryCode", code), Part.file("a.png", "image/png", TestFiles.png(Color.RED))));
        byte[] truncated = Arrays.copyOf(whole, whole.length - 200);
        assertClientError(postRaw(base, "multipart/form-data; boundary=" + BOUNDARY, truncated));
        assertClientError(postRaw(base, "multipart/form-data", whole));
        assertClientError(postRaw(base, "multipart/form-data; boundary=" + BOUNDARY,
                "this is not a multipart body at all".getBytes(StandardCharsets.US_ASCII)));
        assertClientError(postRaw(base, "multipart/form-data; boundary=" + BOUNDARY, new byte[0]));
        assertProblem(upload(base, Part.text("queryCode", code)), 422);
        assertProblem(upload(base, Part.text("queryCode", code), Part.file("empty.png", "image/png", new byte[0])), 422);
        assertProblem(upload(base, Part.file("a.png", "image/png", TestFiles.png(Color.RED))), 404);

        byte[] badName = multipartWithRawFileName(code, new byte[] {'a', (byte) 0xFF, (byte) 0xFE, '.', 'p', 'n', 'g'},
                TestFiles.png(Color.BLUE));
        Reply named = postRaw(base, "multipart/form-data; boundary=" + BOUNDARY, badName);
        assertThat(named.status()).as(named.text()).isBetween(200, 499);
        assertThat(named.text()).doesNotContain("Exception");
        assertProblem(postRaw(base, "text/plain", "hello".getBytes(StandardCharsets.US_ASCII)), 415);
    }

    // --- requests --------------------------------------------------------------------------------

    @Test
    void aResidentAttachesAFileFromTheTrackPageWithoutJavaScript() throws Exception {
        JsonObject receipt = submit("路灯损坏（附照片）", "路灯灯罩脱落，照片见附件。");
        String number = receipt.getString("trackingNumber");
        String code = receipt.getString("queryCode");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/track/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(TestFiles.multipart(List.of(Part.text("trackingNumber", number),
                        Part.text("queryCode", code), Part.file("灯罩.jpg", "image/jpeg", TestFiles.jpegWithGps(Color.RED)))))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/track/case")).GET()
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("灯罩.jpg").contains("id=\"attach\"");

        HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/track/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(TestFiles.multipart(List.of(Part.text("trackingNumber", number),
                        Part.text("queryCode", code), Part.file("动图.gif", "image/gif", TestFiles.gif()))))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).as("the case page again, with the reason").isEqualTo(415);
        assertThat(refused.body()).contains("aria-invalid=\"true\"").doesNotContain("Exception");
    }

    private static JsonObject submit(String title, String body) {
        Api.Reply reply = Api.anonymous().post("/api/submissions", Json.createObjectBuilder()
                .add("channel", "LEADER_MAILBOX").add("leaderCode", "shizhang").add("title", title).add("body", body)
                .add("publicRequested", false).build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private Reply upload(String path, Part... parts) {
        return postRaw(path, "multipart/form-data; boundary=" + BOUNDARY, TestFiles.multipart(List.of(parts)));
    }

    private Reply postRaw(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Content-Type", contentType)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** GET, as the named member of staff with HTTP Basic when {@code user} is given. */
    private Reply get(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getString("title")).isNotBlank();
        assertThat(reply.json().getString("title_en")).isNotBlank();
    }

    private static void assertClientError(Reply reply) {
        assertThat(reply.status()).as(reply.text()).isBetween(400, 499);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.text()).doesNotContain("Exception").doesNotContain("at org.");
    }

    // --- bodies ----------------------------------------------------------------------------------

    private static byte[] multipartWithRawFileName(String code, byte[] fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"queryCode\"\r\n\r\n" + code
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(fileName);
        out.writeBytes("\"\r\nContent-Type: image/png\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

}
