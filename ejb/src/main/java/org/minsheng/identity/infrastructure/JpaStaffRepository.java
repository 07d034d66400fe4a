package org.minsheng.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.minsheng.identity.domain.StaffAccount;
import org.minsheng.identity.domain.StaffRepository;

@ApplicationScoped
public class JpaStaffRepository implements StaffRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<StaffAccount> byUsername(String username) {
        return em.createQuery("select s from StaffAccount s where s.username = :u", StaffAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public long count() {
        return em.createQuery("select count(s) from StaffAccount s", Long.class).getSingleResult();
    }

    @Override
    public java.util.List<StaffAccount> allActive() {
        return em.createQuery("select s from StaffAccount s where s.active = true order by s.username", StaffAccount.class)
                .getResultList();
    }

    @Override
    public java.util.List<StaffAccount> all() {
        return em.createQuery("select s from StaffAccount s order by s.username", StaffAccount.class).getResultList();
    }

    @Override
    public void add(StaffAccount account) {
        em.persist(account);
    }
}
