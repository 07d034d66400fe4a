package org.minsheng.disclosure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.disclosure.domain.DocumentStatus;
import org.minsheng.disclosure.domain.InformationRequest;
import org.minsheng.disclosure.domain.Remedy;
import org.minsheng.disclosure.domain.ReportRepository;

@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, Long> publishedByGenre(String bodyCode, Instant from, Instant to) {
        var q = em.createQuery("select d.metadata.genreCode, count(d) from DisclosureDocument d where d.status = :p"
                + " and d.publishedAt >= :from and d.publishedAt < :to" + (bodyCode == null ? "" : " and d.bodyCode = :b")
                + " group by d.metadata.genreCode", Object[].class)
                .setParameter("p", DocumentStatus.PUBLISHED).setParameter("from", from).setParameter("to", to);
        if (bodyCode != null) {
            q.setParameter("b", bodyCode);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        q.getResultList().forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }

    @Override
    public List<InformationRequest> receivedUntil(String bodyCode, LocalDate until) {
        var q = em.createQuery("select r from InformationRequest r where r.receivedOn <= :u"
                + (bodyCode == null ? "" : " and r.bodyCode = :b"), InformationRequest.class).setParameter("u", until);
        if (bodyCode != null) {
            q.setParameter("b", bodyCode);
        }
        return q.getResultList();
    }

    @Override
    public Map<Remedy, Map<Remedy.Outcome, Integer>> remedies(String bodyCode, int year) {
        Query q = em.createNativeQuery("select kind, outcome, sum(cases) from disclosure_remedy where report_year = ?1"
                + (bodyCode == null ? "" : " and body_code = ?2") + " group by kind, outcome")
                .setParameter(1, year);
        if (bodyCode != null) {
            q.setParameter(2, bodyCode);
        }
        Map<Remedy, Map<Remedy.Outcome, Integer>> result = new EnumMap<>(Remedy.class);
        for (Remedy r : Remedy.values()) {
            result.put(r, new EnumMap<>(Remedy.Outcome.class));
        }
        for (Object row : q.getResultList()) {
            Object[] cells = (Object[]) row;
            result.get(Remedy.valueOf((String) cells[0]))
                    .put(Remedy.Outcome.valueOf((String) cells[1]), ((Number) cells[2]).intValue());
        }
        return result;
    }

    @Override
    public void setRemedy(String bodyCode, int year, Remedy remedy, Remedy.Outcome outcome, int cases,
                          String enteredBy) {
        em.createNativeQuery("delete from disclosure_remedy where body_code = ?1 and report_year = ?2 and kind = ?3"
                        + " and outcome = ?4").setParameter(1, bodyCode).setParameter(2, year)
                .setParameter(3, remedy.name()).setParameter(4, outcome.name()).executeUpdate();
        em.createNativeQuery("insert into disclosure_remedy (body_code, report_year, kind, outcome, cases, entered_by)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, bodyCode).setParameter(2, year)
                .setParameter(3, remedy.name()).setParameter(4, outcome.name()).setParameter(5, cases)
                .setParameter(6, enteredBy).executeUpdate();
    }
}
