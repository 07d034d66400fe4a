package org.minsheng.open311.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.minsheng.open311.domain.ApiKey;
import org.minsheng.open311.domain.ApiKeyRepository;

@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(ApiKey key) {
        em.persist(key);
    }

    @Override
    public Optional<ApiKey> byId(long id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    @Override
    public Optional<ApiKey> byHash(String keyHash) {
        return em.createQuery("select k from ApiKey k where k.keyHash = :h", ApiKey.class).setParameter("h", keyHash)
                .getResultStream().findFirst();
    }

    @Override
    public List<ApiKey> all() {
        return em.createQuery("select k from ApiKey k order by k.id", ApiKey.class).getResultList();
    }
}
