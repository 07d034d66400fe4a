package org.minsheng.open311.domain;

import java.util.List;
import java.util.Optional;

public interface ApiKeyRepository {

    void add(ApiKey key);

    Optional<ApiKey> byId(long id);

    Optional<ApiKey> byHash(String keyHash);

    List<ApiKey> all();
}
