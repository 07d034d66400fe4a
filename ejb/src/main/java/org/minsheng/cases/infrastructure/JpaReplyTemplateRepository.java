package org.minsheng.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.minsheng.cases.domain.ReplyTemplate;
import org.minsheng.cases.domain.ReplyTemplateRepository;

@ApplicationScoped
public class JpaReplyTemplateRepository implements ReplyTemplateRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(ReplyTemplate template) {
        em.persist(template);
    }

    @Override
    public void remove(ReplyTemplate template) {
        em.remove(template);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<ReplyTemplate> byId(long id) {
        return Optional.ofNullable(em.find(ReplyTemplate.class, id));
    }

    @Override
    public List<ReplyTemplate> offeredTo(String departmentCode) {
        return em.createQuery("select t from ReplyTemplate t where t.departmentCode is null"
                        + " or t.departmentCode = :d order by case when t.departmentCode is null then 0 else 1 end,"
                        + " t.position, t.id", ReplyTemplate.class)
                .setParameter("d", departmentCode == null ? "" : departmentCode).getResultList();
    }
}
