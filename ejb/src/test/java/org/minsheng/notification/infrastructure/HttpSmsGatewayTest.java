package org.minsheng.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP SMS gateway against a small provider stand-in listening on the loopback address. */
class HttpSmsGatewayTest {

    private HttpServer provider;
    private final List<String> received = new ArrayList<>();
    private volatile int answer = 200;

    @BeforeEach
    void start() throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + provider.getAddress().getPort() + "/sms";
    }

    @Test
    void postsTheMessageAsJsonWithTheToken() {
        HttpSmsGateway gateway = new HttpSmsGateway(url(), "secret", 5);

        assertThat(gateway.enabled()).isTrue();
        assertThat(gateway.send("13800001111", "受理编号MS20261207-00001，查询码123456")).isTrue();
        assertThat(received).containsExactly("Bearer secret application/json; charset=utf-8 "
                + "{\"to\":\"13800001111\",\"text\":\"受理编号MS20261207-00001，查询码123456\"}");
    }

    @Test
    void aRefusalOrAnUnreachableProviderIsNotSent() {
        answer = 503;
        assertThat(new HttpSmsGateway(url(), null, 5).send("13800001111", "x")).isFalse();
        provider.stop(0);
        assertThat(new HttpSmsGateway(url(), null, 2).send("13800001111", "x")).isFalse();
    }

    @Test
    void withoutAUrlItIsOff() {
        HttpSmsGateway gateway = new HttpSmsGateway("", null, 5);

        assertThat(gateway.enabled()).isFalse();
        assertThat(gateway.send("13800001111", "x")).isFalse();
        assertThat(received).isEmpty();
    }
}
