package org.minsheng.it;

import jakarta.json.Json;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A raw HTTP client with its own cookie jar, for tests that need every header and any method,
 * body and media type ({@link Api} covers the common calls). Redirects are not followed.
 */
final class Client {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String name;

    private Client(String name) {
        this.name = name;
    }

    static Client anonymous() {
        return new Client("anonymous");
    }

    /** A member of staff signed in through {@code POST /api/session} with the demo password. */
    static Client staff(String username) {
        Client client = new Client(username);
        client.signIn("/api/session", Json.createObjectBuilder().add("username", username)
                .add("password", Api.PASSWORD).build().toString());
        return client;
    }

    /** A resident signed in to their account through {@code POST /api/residents/session}. */
    static Client resident(String login, String password) {
        Client client = new Client("resident " + login);
        client.signIn("/api/residents/session", Json.createObjectBuilder().add("login", login)
                .add("password", password).build().toString());
        return client;
    }

    private void signIn(String path, String json) {
        HttpResponse<String> reply = send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8),
                "application/json");
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + name + " failed: " + reply.statusCode() + " " + reply.body());
        }
    }

    String name() {
        return name;
    }

    HttpResponse<String> get(String path, String accept) {
        return send("GET", path, null, null, accept);
    }

    /** Any request; {@code body} null sends none. */
    HttpResponse<String> send(String method, String path, String contentType, byte[] body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " as " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
