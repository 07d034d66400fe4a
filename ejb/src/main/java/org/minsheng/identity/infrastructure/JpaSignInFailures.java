package org.minsheng.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.minsheng.identity.domain.SignInFailure;
import org.minsheng.identity.domain.SignInFailures;

@ApplicationScoped
public class JpaSignInFailures implements SignInFailures {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<SignInFailure> of(String login, Instant since) {
        return em.createQuery("select f from SignInFailure f where f.login = :l and f.failedAt > :s", SignInFailure.class)
                .setParameter("l", login).setParameter("s", since).getResultList();
    }

    @Override
    public void add(SignInFailure failure) {
        em.persist(failure);
    }

    @Override
    public void clear(String login, String clientAddress) {
        em.createQuery("delete from SignInFailure f where f.login = :l and f.clientAddress = :a")
                .setParameter("l", login).setParameter("a", clientAddress).executeUpdate();
    }

    @Override
    public int purge(Instant before) {
        return em.createQuery("delete from SignInFailure f where f.failedAt <= :b").setParameter("b", before)
                .executeUpdate();
    }
}
