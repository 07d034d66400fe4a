package org.minsheng.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.SimilarReplies;

@ApplicationScoped
public class JpaSimilarReplies implements SimilarReplies {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Integer> answerLengths(String category, String exceptCaseId, int max) {
        if (category == null || category.isBlank()) {
            return List.of();
        }
        return em.createQuery("select length(c.answer.text) from CaseFile c where c.findings.category = :category"
                        + " and c.answer.text is not null and c.id <> :id and c.channel <> :report"
                        + " order by c.answer.answeredAt desc", Integer.class)
                .setParameter("category", category).setParameter("id", exceptCaseId == null ? "" : exceptCaseId)
                .setParameter("report", Channel.REPORT_MAILBOX)
                .setMaxResults(max).getResultList();
    }
}
