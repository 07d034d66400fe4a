package org.minsheng.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.minsheng.cases.domain.CaseParticipant;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.CaseStep;
import org.minsheng.cases.domain.CaseTimeline;
import org.minsheng.cases.domain.SubStatusLabel;

@ApplicationScoped
public class JpaCaseTimeline implements CaseTimeline {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(CaseStep step) {
        em.persist(step);
    }

    @Override
    public List<CaseStep> stepsOf(String caseId) {
        return em.createQuery("select s from CaseStep s where s.caseId = :c order by s.occurredAt, s.id", CaseStep.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public void addParticipant(CaseParticipant participant) {
        em.persist(participant);
    }

    @Override
    public List<CaseParticipant> participantsOf(String caseId) {
        return em.createQuery("select p from CaseParticipant p where p.caseId = :c order by p.role, p.departmentCode",
                        CaseParticipant.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<String> casesWithParticipant(String departmentCode, int limit) {
        return em.createQuery("select p.caseId from CaseParticipant p where p.departmentCode = :d order by p.id desc",
                        String.class)
                .setParameter("d", departmentCode).setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseParticipant> coHandlersAwaitingOpinion(int limit) {
        return em.createQuery("select p from CaseParticipant p where p.role = :r and p.opinionAt is null"
                        + " and p.dueAt is not null order by p.dueAt", CaseParticipant.class)
                .setParameter("r", org.minsheng.cases.domain.ParticipantRole.CO_HANDLER)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<SubStatusLabel> subStatuses() {
        List<?> rows = em.createNativeQuery("select code, status, label_zh, label_en from case_sub_status order by code")
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new SubStatusLabel((String) r[0], CaseStatus.valueOf((String) r[1]), (String) r[2],
                        (String) r[3]))
                .toList();
    }

    @Override
    public void addSubStatus(SubStatusLabel label) {
        em.createNativeQuery("insert into case_sub_status (code, status, label_zh, label_en, version)"
                        + " values (?, ?, ?, ?, 0)")
                .setParameter(1, label.code()).setParameter(2, label.status().name())
                .setParameter(3, label.labelZh()).setParameter(4, label.labelEn())
                .executeUpdate();
    }
}
