package org.minsheng.site.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.minsheng.site.domain.Department;
import org.minsheng.site.domain.Leader;
import org.minsheng.site.domain.SiteRepository;

@ApplicationScoped
public class JpaSiteRepository implements SiteRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Department> departments() {
        return em.createQuery("select d from Department d order by d.sortOrder", Department.class).getResultList();
    }

    @Override
    public Optional<Department> department(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Department.class, c));
    }

    @Override
    public Optional<Department> platformDepartment() {
        return em.createQuery("select d from Department d where d.platform = true order by d.sortOrder", Department.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Leader> leaders() {
        return em.createQuery("select l from Leader l order by l.sortOrder", Leader.class).getResultList();
    }

    @Override
    public Optional<Leader> leader(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Leader.class, c));
    }

    @Override
    public void add(Department department) {
        em.persist(department);
    }

    @Override
    public void add(Leader leader) {
        em.persist(leader);
    }
}
