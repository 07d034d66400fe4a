package org.minsheng.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The policy's WebSocket sources come from the Host header only when it is a plain host and port. */
class SecurityHeadersFilterTest {

    @Test
    void theLiveInterviewSocketMayGoToThePagesOwnHost() {
        assertThat(SecurityHeadersFilter.policy("portal.example.cn:8443"))
                .contains("connect-src 'self' ws://portal.example.cn:8443 wss://portal.example.cn:8443;")
                .contains("script-src 'self';", "style-src 'self';", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe");
        assertThat(SecurityHeadersFilter.policy("[::1]:8080")).contains("ws://[::1]:8080 wss://[::1]:8080;");
    }

    @Test
    void aHostHeaderThatIsNotAHostAddsNothing() {
        for (String hostile : new String[] {null, "", "evil.example; script-src *", "a b", "host:99999999",
                "x'unsafe-inline'"}) {
            assertThat(SecurityHeadersFilter.policy(hostile)).as(hostile).contains("connect-src 'self';")
                    .doesNotContain("ws:").doesNotContain("*").doesNotContain("unsafe");
        }
    }
}
