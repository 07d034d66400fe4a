package org.minsheng.integrity.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minsheng.integrity.domain.PageReader;
import org.minsheng.integrity.domain.ServedPage;

/**
 * Reads published pages over HTTP from the site's public address: {@code minsheng.integrity.base-url}
 * when set (behind a proxy or CDN, the address the public uses), else this server's own HTTP
 * listener. Redirects are not followed: a page that moved is a finding, not the content.
 */
@ApplicationScoped
public class HttpPageReader implements PageReader {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Inject
    @ConfigProperty(name = "minsheng.integrity.base-url")
    Optional<String> configuredBaseUrl;

    @Resource
    ManagedExecutorService executor;

    private HttpClient client;
    private String baseUrl;

    @PostConstruct
    void init() {
        baseUrl = configuredBaseUrl.filter(u -> !u.isBlank()).map(u -> u.replaceAll("/+$", ""))
                .orElseGet(HttpPageReader::localListener);
        client = HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The default HTTP listener of this server, with the socket-binding port offset applied. */
    static String localListener() {
        String bind = System.getProperty("jboss.bind.address", "127.0.0.1");
        String host = bind.isBlank() || bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind;
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public ServedPage read(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Accept", "text/html").header("Accept-Language", "zh-CN").GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                return new ServedPage(response.statusCode(), List.of(), null);
            }
            return new ServedPage(200, ServedContent.parts(response.body()), null);
        } catch (IOException | IllegalArgumentException e) {
            return ServedPage.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ServedPage.failed("interrupted");
        }
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }
}
