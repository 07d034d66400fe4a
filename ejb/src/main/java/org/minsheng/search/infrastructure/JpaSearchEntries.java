package org.minsheng.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.minsheng.search.domain.SearchEntries;
import org.minsheng.search.domain.SearchEntry;

@ApplicationScoped
public class JpaSearchEntries implements SearchEntries {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<SearchEntry> byId(String id) {
        return Optional.ofNullable(em.find(SearchEntry.class, id));
    }

    @Override
    public void add(SearchEntry entry) {
        em.persist(entry);
    }

    @Override
    public void remove(SearchEntry entry) {
        em.remove(entry);
    }

    @Override
    public List<String> idsOfKind(String kind) {
        return em.createQuery("select e.id from SearchEntry e where e.kind = :k", String.class)
                .setParameter("k", kind).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(e) from SearchEntry e", Long.class).getSingleResult();
    }
}
