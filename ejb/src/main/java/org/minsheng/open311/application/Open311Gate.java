package org.minsheng.open311.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minsheng.open311.domain.ApiKey;
import org.minsheng.open311.domain.ApiKeyRepository;
import org.minsheng.open311.domain.FixedWindowQuota;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.TooManyRequests;

/**
 * Lets an Open311 write through when its API key is active and within its quota of requests per
 * minute (per node). Returns the name of the system the key was issued to.
 */
@Singleton
@PermitAll
@Lock(LockType.WRITE)
public class Open311Gate {

    @Inject
    ApiKeyRepository keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "minsheng.open311.requests-per-minute", defaultValue = "30")
    int perMinute;

    private FixedWindowQuota quota;

    @PostConstruct
    void start() {
        quota = new FixedWindowQuota(Math.max(1, perMinute), Duration.ofMinutes(1));
    }

    public String admit(String apiKey) {
        ApiKey key = apiKey == null || apiKey.isBlank() ? null
                : keys.byHash(ApiKeys.hash(apiKey.strip())).filter(ApiKey::isActive).orElse(null);
        if (key == null) {
            throw new Forbidden("API 密钥无效或已撤销", "The api_key is missing, unknown or revoked");
        }
        if (!quota.tryUse(String.valueOf(key.id()), clock.instant())) {
            throw new TooManyRequests("请求过于频繁，请稍后再试", "Too many requests for this api_key; try again in a minute");
        }
        return key.name();
    }
}
