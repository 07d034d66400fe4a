package org.minsheng.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A WebSocket client on {@code java.net.http} that keeps every frame it receives and how it was closed. */
final class LiveSocket implements WebSocket.Listener {

    static final String WS_BASE = "ws://localhost:" + (8080 + Api.OFFSET);

    record Frame(JsonObject json, long receivedNanos) {

        String type() {
            return json.getString("type");
        }

        long seq() {
            return json.getJsonNumber("seq").longValue();
        }
    }

    private final List<Frame> frames = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static LiveSocket viewer(String interviewId, long since) {
        return open(CLIENT, "/ws/interviews/" + interviewId + "?since=" + since, null);
    }

    /** The staff channel with HTTP Basic credentials on the handshake (null: none). */
    static LiveSocket staff(String interviewId, String username) {
        String auth = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return open(CLIENT, "/ws/staff/interviews/" + interviewId, auth);
    }

    /** The staff channel with the session cookie of a sign-in through {@code POST /api/session}. */
    static LiveSocket staffWithSession(String interviewId, String username) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            var response = client.send(java.net.http.HttpRequest.newBuilder(URI.create(Api.BASE + "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                            .add("username", username).add("password", Api.PASSWORD).build().toString()))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("sign-in failed: " + response.body());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return open(client, "/ws/staff/interviews/" + interviewId, null);
    }

    private static LiveSocket open(HttpClient client, String path, String authorization) {
        LiveSocket listener = new LiveSocket();
        WebSocket.Builder builder = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        listener.socket = builder.buildAsync(URI.create(WS_BASE + path), listener).orTimeout(15, TimeUnit.SECONDS).join();
        return listener;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try (JsonReader reader = Json.createReader(new StringReader(partial.toString()))) {
                frames.add(new Frame(reader.readObject(), System.nanoTime()));
            } catch (RuntimeException e) {
                errors.add(e + " in " + partial);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    void send(String text) {
        socket.sendText(text, true).orTimeout(5, TimeUnit.SECONDS).join();
    }

    void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).orTimeout(5, TimeUnit.SECONDS).join();
    }

    void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        socket.abort();
    }

    /** The close code, waiting up to the timeout; -1 while still open. */
    int closeCode(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return -1;
        }
    }

    /** Frames that were not JSON objects (none expected). */
    List<String> errors() {
        return List.copyOf(errors);
    }

    List<Frame> frames() {
        return new ArrayList<>(frames);
    }

    List<Frame> posts() {
        return frames.stream().filter(f -> f.type().equals("post")).toList();
    }

    List<Long> sequences() {
        return posts().stream().map(Frame::seq).toList();
    }

    List<Frame> ofType(String type) {
        return frames.stream().filter(f -> f.type().equals(type)).toList();
    }

    long lastSequence() {
        List<Long> s = sequences();
        return s.isEmpty() ? 0 : s.get(s.size() - 1);
    }
}
