package org.minsheng.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minsheng.notification.domain.SmsGateway;

/**
 * An SMS provider reached over HTTP: {@code POST} of {@code {"to": mobile, "text": text}} as JSON
 * to {@code minsheng.sms.url}, with {@code Authorization: Bearer <minsheng.sms.token>} when a
 * token is set; any 2xx answer counts as sent. Off while the URL is empty (the default). Most
 * providers' APIs are put behind such a small relay, or this class is replaced by one of theirs.
 */
@ApplicationScoped
public class HttpSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(HttpSmsGateway.class.getName());

    @Inject
    @ConfigProperty(name = "minsheng.sms.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "minsheng.sms.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "minsheng.sms.timeout-seconds", defaultValue = "5")
    int timeoutSeconds;

    private HttpClient client;

    public HttpSmsGateway() {
    }

    /** For a test against a server of its own. */
    HttpSmsGateway(String url, String token, int timeoutSeconds) {
        this.url = Optional.ofNullable(url);
        this.token = Optional.ofNullable(token);
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public boolean enabled() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    @Override
    public boolean send(String mobile, String text) {
        if (!enabled()) {
            return false;
        }
        String body = Json.createObjectBuilder().add("to", mobile).add("text", text).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.get().strip()))
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        token.filter(t -> !t.isBlank()).ifPresent(t -> request.header("Authorization", "Bearer " + t.strip()));
        try {
            int status = client().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                LOG.warning("SMS gateway refused a message: HTTP " + status);
                return false;
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "SMS gateway unreachable: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        }
        return client;
    }
}
