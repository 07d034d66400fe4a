package org.minsheng.disclosure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minsheng.disclosure.domain.CatalogueFilter;
import org.minsheng.disclosure.domain.DisclosureBody;
import org.minsheng.disclosure.domain.DisclosureClass;
import org.minsheng.disclosure.domain.DisclosureDocument;
import org.minsheng.disclosure.domain.DisclosureRepository;
import org.minsheng.disclosure.domain.DocumentAttachment;
import org.minsheng.disclosure.domain.DocumentStatus;
import org.minsheng.shared.time.CityTime;

@ApplicationScoped
public class JpaDisclosureRepository implements DisclosureRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<DisclosureBody> body(String departmentCode) {
        return departmentCode == null ? Optional.empty() : Optional.ofNullable(em.find(DisclosureBody.class, departmentCode));
    }

    @Override
    public Optional<DisclosureBody> lockBody(String departmentCode) {
        return Optional.ofNullable(em.find(DisclosureBody.class, departmentCode, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<DisclosureBody> bodies() {
        return em.createQuery("select b from DisclosureBody b order by b.departmentCode", DisclosureBody.class)
                .getResultList();
    }

    @Override
    public void addBody(DisclosureBody body) {
        em.persist(body);
    }

    @Override
    public List<DisclosureClass> classes() {
        return em.createQuery("select c from DisclosureClass c order by c.kind desc, c.sortOrder", DisclosureClass.class)
                .getResultList();
    }

    @Override
    public Optional<DisclosureClass> disclosureClass(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(DisclosureClass.class, code));
    }

    @Override
    public int nextNumber(String organisationCode, int year) {
        List<?> last = em.createNativeQuery("select last_number from disclosure_counter"
                        + " where organisation_code = ?1 and counter_year = ?2")
                .setParameter(1, organisationCode).setParameter(2, year).getResultList();
        int next = last.isEmpty() ? 1 : ((Number) last.get(0)).intValue() + 1;
        String sql = last.isEmpty()
                ? "insert into disclosure_counter (last_number, organisation_code, counter_year) values (?1, ?2, ?3)"
                : "update disclosure_counter set last_number = ?1 where organisation_code = ?2 and counter_year = ?3";
        em.createNativeQuery(sql).setParameter(1, next).setParameter(2, organisationCode).setParameter(3, year)
                .executeUpdate();
        return next;
    }

    @Override
    public void add(DisclosureDocument document) {
        em.persist(document);
    }

    @Override
    public Optional<DisclosureDocument> document(long id) {
        return Optional.ofNullable(em.find(DisclosureDocument.class, id));
    }

    @Override
    public Optional<DisclosureDocument> byIndexNumber(String indexNumber) {
        return em.createQuery("select d from DisclosureDocument d where d.indexNumber = :n", DisclosureDocument.class)
                .setParameter("n", indexNumber).getResultStream().findFirst();
    }

    @Override
    public List<DisclosureDocument> published(CatalogueFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<DisclosureDocument> q = em.createQuery("select d from DisclosureDocument d where " + where
                + " order by d.publishedAt desc, d.id desc", DisclosureDocument.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPublished(CatalogueFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<Long> q = em.createQuery("select count(d) from DisclosureDocument d where " + where, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(CatalogueFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("d.status = :published");
        params.put("published", DocumentStatus.PUBLISHED);
        if (present(f.bodyCode())) {
            w.append(" and d.bodyCode = :body");
            params.put("body", f.bodyCode());
        }
        if (present(f.topicCode())) {
            w.append(" and d.metadata.topicCode = :topic");
            params.put("topic", f.topicCode());
        }
        if (present(f.genreCode())) {
            w.append(" and d.metadata.genreCode = :genre");
            params.put("genre", f.genreCode());
        }
        if (f.year() != null) {
            w.append(" and d.publishedAt >= :from and d.publishedAt < :to");
            params.put("from", LocalDate.of(f.year(), 1, 1).atStartOfDay(CityTime.ZONE).toInstant());
            params.put("to", LocalDate.of(f.year() + 1, 1, 1).atStartOfDay(CityTime.ZONE).toInstant());
        }
        if (present(f.text())) {
            w.append(" and (lower(d.title) like :text escape '!'"
                    + " or lower(d.metadata.documentNumber) like :text escape '!'"
                    + " or lower(d.text) like :text escape '!')");
            String escaped = f.text().strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            params.put("text", "%" + escaped + "%");
        }
        return w.toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public List<DisclosureDocument> interpretationsOf(long id) {
        return em.createQuery("select d from DisclosureDocument d where d.interpretsId = :id and d.status = :p"
                        + " order by d.publishedAt", DisclosureDocument.class)
                .setParameter("id", id).setParameter("p", DocumentStatus.PUBLISHED).getResultList();
    }

    @Override
    public List<DisclosureDocument> replacedBy(long id) {
        return em.createQuery("select d from DisclosureDocument d where d.replacedById = :id order by d.publishedAt",
                DisclosureDocument.class).setParameter("id", id).getResultList();
    }

    @Override
    public List<DisclosureDocument> unpublished(String bodyCode) {
        TypedQuery<DisclosureDocument> q = em.createQuery("select d from DisclosureDocument d where d.status <> :p"
                + (bodyCode == null ? "" : " and d.bodyCode = :b") + " order by d.metadata.dueOn, d.id",
                DisclosureDocument.class).setParameter("p", DocumentStatus.PUBLISHED);
        if (bodyCode != null) {
            q.setParameter("b", bodyCode);
        }
        return q.getResultList();
    }

    @Override
    public List<DisclosureDocument> recentlyPublished(String bodyCode, int limit) {
        TypedQuery<DisclosureDocument> q = em.createQuery("select d from DisclosureDocument d where d.status = :p"
                + (bodyCode == null ? "" : " and d.bodyCode = :b") + " order by d.publishedAt desc, d.id desc",
                DisclosureDocument.class).setParameter("p", DocumentStatus.PUBLISHED);
        if (bodyCode != null) {
            q.setParameter("b", bodyCode);
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public List<DisclosureDocument> dueForPublication(Instant now) {
        return em.createQuery("select d from DisclosureDocument d where d.status = :s"
                        + " and (d.scheduledAt is null or d.scheduledAt <= :now) order by d.id", DisclosureDocument.class)
                .setParameter("s", DocumentStatus.SCHEDULED).setParameter("now", now).getResultList();
    }

    @Override
    public List<DisclosureDocument> allPublished() {
        return em.createQuery("select d from DisclosureDocument d where d.status = :p order by d.id",
                DisclosureDocument.class).setParameter("p", DocumentStatus.PUBLISHED).getResultList();
    }

    @Override
    public void add(DocumentAttachment attachment) {
        em.persist(attachment);
    }

    @Override
    public List<DocumentAttachment> attachments(long documentId) {
        return em.createQuery("select a from DocumentAttachment a where a.documentId = :d order by a.id",
                DocumentAttachment.class).setParameter("d", documentId).getResultList();
    }

    @Override
    public Optional<DocumentAttachment> attachment(long documentId, long attachmentId) {
        return Optional.ofNullable(em.find(DocumentAttachment.class, attachmentId))
                .filter(a -> a.documentId().equals(documentId));
    }
}
