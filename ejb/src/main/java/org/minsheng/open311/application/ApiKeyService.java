package org.minsheng.open311.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.open311.api.ApiKeyView;
import org.minsheng.open311.api.IssuedApiKey;
import org.minsheng.open311.domain.ApiKey;
import org.minsheng.open311.domain.ApiKeyRepository;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.security.Caller;

/** The administrator issues Open311 API keys to other systems and revokes them; every change is audited. */
@Stateless
public class ApiKeyService {

    @Inject
    ApiKeyRepository keys;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** A new key for the system called {@code name}; the key is in the answer only. */
    @RolesAllowed(Roles.ADMIN)
    public IssuedApiKey issue(String name) {
        new Validation().text(name, "name", "系统名称", "System name", 60, true).throwIfInvalid();
        String secret = ApiKeys.newSecret();
        ApiKey key = new ApiKey(name.strip(), ApiKeys.hash(secret), secret.substring(0, 8), clock.instant(), caller.name());
        keys.add(key);
        audit.record(caller.name(), "open311.key.issue", "open311-key", String.valueOf(key.id()), key.name());
        return new IssuedApiKey(view(key), secret);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<ApiKeyView> keys() {
        return keys.all().stream().map(ApiKeyService::view).toList();
    }

    /** Revokes a key at once; revoking a revoked key changes nothing. */
    @RolesAllowed(Roles.ADMIN)
    public ApiKeyView revoke(long id) {
        ApiKey key = keys.byId(id).orElseThrow(() -> new NotFound("没有找到该密钥", "No such API key"));
        if (key.revoke(clock.instant())) {
            audit.record(caller.name(), "open311.key.revoke", "open311-key", String.valueOf(id), key.name());
        }
        return view(key);
    }

    static ApiKeyView view(ApiKey k) {
        return new ApiKeyView(k.id(), k.name(), k.keyPrefix(), k.createdAt(), k.createdBy(), k.revokedAt());
    }
}
