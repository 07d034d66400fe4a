package org.minsheng.open311.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FixedWindowQuotaTest {

    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

    @Test
    void allowsTheLimitPerWindowAndKey() {
        FixedWindowQuota quota = new FixedWindowQuota(2, Duration.ofMinutes(1));
        assertThat(quota.tryUse("a", T0)).isTrue();
        assertThat(quota.tryUse("a", T0.plusSeconds(10))).isTrue();
        assertThat(quota.tryUse("a", T0.plusSeconds(59))).isFalse();
        assertThat(quota.tryUse("b", T0.plusSeconds(59))).as("another key has its own quota").isTrue();
        assertThat(quota.tryUse("a", T0.plusSeconds(60))).as("a new window").isTrue();
    }

    @Test
    void serviceCodesMapToCategoriesBothWays() {
        assertThat(ServiceType.byCode("transport")).contains(ServiceType.TRANSPORT);
        assertThat(ServiceType.byCategory("环境保护").map(ServiceType::code)).contains("environment");
        assertThat(ServiceType.byCode("nope")).isEmpty();
    }
}
