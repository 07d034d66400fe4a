package org.minsheng.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static final MediaType JSON = new MediaType("application", "json");
    private static final byte[] BODY = "{\"title\":\"路灯不亮\"}".getBytes(StandardCharsets.UTF_8);

    private static String json(String path, MediaType type, byte[] body) {
        return RequestFingerprint.of("POST", path, type, body);
    }

    private static MediaType multipart(String boundary) {
        return new MediaType("multipart", "form-data", Map.of("boundary", boundary));
    }

    private static byte[] form(String boundary, String code, String fileContent) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"queryCode\"\r\n\r\n" + code + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n" + fileContent + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theSameRequestHasTheSameFingerprintAndItIsASha256() {
        String first = json("/api/submissions", JSON, BODY);
        assertThat(first).matches("[0-9a-f]{64}");
        assertThat(json("/api/submissions", JSON, BODY.clone())).isEqualTo(first);
        assertThat(json("/api/submissions", new MediaType("Application", "JSON"), BODY))
                .as("media type names are case-insensitive").isEqualTo(first);
    }

    @Test
    void anotherBodyPathMethodOrContentTypeIsAnotherRequest() {
        String first = json("/api/submissions", JSON, BODY);
        assertThat(json("/api/submissions", JSON, "{\"title\":\"路灯不亮 \"}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(first);
        assertThat(json("/api/cases/MS1/rating", JSON, BODY)).isNotEqualTo(json("/api/cases/MS2/rating", JSON, BODY));
        assertThat(json("/api/submissions?x=1", JSON, BODY)).isNotEqualTo(first);
        assertThat(RequestFingerprint.of("PUT", "/api/submissions", JSON, BODY)).isNotEqualTo(first);
        assertThat(json("/api/submissions", JSON.withCharset("UTF-16"), BODY)).isNotEqualTo(first);
        assertThat(json("/api/submissions", null, BODY)).isNotEqualTo(first);
    }

    @Test
    void aMultipartFormIsTheSameWhateverItsBoundary() {
        String first = json("/api/cases/MS1/attachments", multipart("AaB03x"), form("AaB03x", "123456", "PNGDATA"));
        assertThat(json("/api/cases/MS1/attachments", multipart("----x9f7e"), form("----x9f7e", "123456", "PNGDATA")))
                .isEqualTo(first);
        assertThat(json("/api/cases/MS1/attachments", multipart("b"), form("b", "123456", "PNGDATA")))
                .as("a one-letter boundary").isEqualTo(first);
    }

    @Test
    void aMultipartFormWithAnotherFileOrFieldIsAnotherRequest() {
        String first = json("/api/cases/MS1/attachments", multipart("AaB03x"), form("AaB03x", "123456", "PNGDATA"));
        assertThat(json("/api/cases/MS1/attachments", multipart("AaB03x"), form("AaB03x", "123456", "PNGDATB")))
                .isNotEqualTo(first);
        assertThat(json("/api/cases/MS1/attachments", multipart("AaB03x"), form("AaB03x", "654321", "PNGDATA")))
                .isNotEqualTo(first);
    }

    @Test
    void theNormalisedMediaTypeKeepsTheCharsetAndDropsTheBoundary() {
        assertThat(RequestFingerprint.normalise(JSON.withCharset("UTF-8"))).isEqualTo("application/json;charset=utf-8");
        assertThat(RequestFingerprint.normalise(multipart("AaB03x"))).isEqualTo("multipart/form-data");
        assertThat(RequestFingerprint.normalise(null)).isEmpty();
    }
}
