package org.minsheng.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A REST client with its own cookie jar: one instance per person in a test. */
final class Api {

    static final int OFFSET = Integer.getInteger("it.port.offset", 100);
    static final String BASE = "http://localhost:" + (8080 + OFFSET);
    static final String MANAGEMENT = "http://localhost:" + (9990 + OFFSET);
    static final String PASSWORD = "Minsheng@2026";

    record Reply(int status, String contentType, String body) {

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    private Api(String base) {
        this.base = base;
    }

    static Api anonymous() {
        return new Api(BASE);
    }

    /** A member of staff signed in through {@code POST /api/session}. */
    static Api signedIn(String username) {
        return signedIn(username, BASE);
    }

    /** An anonymous client of another server than the tests' own (e.g. {@code http://localhost:8380}). */
    static Api anonymousAt(String base) {
        return new Api(base);
    }

    /** A member of staff signed in to another server than the tests' own. */
    static Api signedIn(String username, String base) {
        Api api = new Api(base);
        Reply reply = api.post("/api/session", Json.createObjectBuilder()
                .add("username", username).add("password", PASSWORD).build().toString());
        if (reply.status() != 200) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + reply);
        }
        return api;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET as a browser sends it, asking for a page. */
    Reply page(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8").GET());
    }

    Reply getWithBasic(String path, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + token).GET());
    }

    Reply post(String path, String json) {
        return postRaw(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Reply postRaw(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A staff page's form, posted as a browser does, answered with a page or a redirect. */
    Reply postForm(String path, String urlEncoded) {
        return postForm(path, urlEncoded.getBytes(StandardCharsets.US_ASCII));
    }

    /** The same with raw bytes, for hostile bodies that are not valid text. */
    Reply postForm(String path, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A staff page's multipart form (with files), posted as a browser does. */
    Reply postMultipartForm(String path, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + TestFiles.BOUNDARY)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").DELETE());
    }

    Reply getAbsolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** A file as downloaded: status, content type, the Content-Disposition header and the bytes. */
    record Download(int status, String contentType, String disposition, byte[] body) {
    }

    Download download(String path) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(BASE + path)).GET()
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
