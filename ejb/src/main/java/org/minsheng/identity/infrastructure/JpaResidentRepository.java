package org.minsheng.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.minsheng.identity.domain.ResidentAccount;
import org.minsheng.identity.domain.ResidentRepository;

@ApplicationScoped
public class JpaResidentRepository implements ResidentRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ResidentAccount> byLogin(String login) {
        return em.createQuery("select r from ResidentAccount r where r.login = :l", ResidentAccount.class)
                .setParameter("l", login).getResultStream().findFirst();
    }

    @Override
    public Optional<ResidentAccount> byId(long id) {
        return Optional.ofNullable(em.find(ResidentAccount.class, id));
    }

    @Override
    public void add(ResidentAccount account) {
        em.persist(account);
        em.flush();
    }
}
