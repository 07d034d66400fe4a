package org.minsheng.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
    public List<ResidentAccount> search(String text, int limit) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return em.createQuery("select r from ResidentAccount r where lower(r.login) like :p escape '\\'"
                        + " or lower(r.displayName) like :p escape '\\' order by r.createdAt desc, r.id desc",
                        ResidentAccount.class)
                .setParameter("p", pattern).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(ResidentAccount account) {
        em.persist(account);
        em.flush();
    }
}
