package org.minsheng.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.minsheng.intake.domain.Attachment;
import org.minsheng.intake.domain.AttachmentRepository;
import org.minsheng.intake.domain.AttachmentSummary;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

    private static final String SUMMARY = "select new org.minsheng.intake.domain.AttachmentSummary(a.id, a.caseId,"
            + " a.slot, a.fileName, a.file.contentType, a.file.sizeBytes, a.file.sha256, a.uploadedBy, a.uploadedAt)"
            + " from Attachment a";

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(Attachment attachment) {
        em.persist(attachment);
        em.flush();
    }

    @Override
    public List<AttachmentSummary> summariesOf(String caseId) {
        return em.createQuery(SUMMARY + " where a.caseId = :c order by a.slot", AttachmentSummary.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<AttachmentSummary> byHash(String caseId, String sha256) {
        return em.createQuery(SUMMARY + " where a.caseId = :c and a.file.sha256 = :h", AttachmentSummary.class)
                .setParameter("c", caseId).setParameter("h", sha256).getResultStream().findFirst();
    }

    @Override
    public Optional<Attachment> byId(String caseId, String attachmentId) {
        return Optional.ofNullable(attachmentId).map(id -> em.find(Attachment.class, id))
                .filter(a -> a.caseId().equals(caseId));
    }
}
