package org.minsheng.nlp.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.minsheng.nlp.api.TrainingData;
import org.minsheng.nlp.domain.TrainingExample;

@Stateless
@Local(TrainingData.class)
public class TrainingDataService implements TrainingData {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String label, String text, String source, String caseId) {
        em.persist(new TrainingExample(label, text, source, caseId, clock.instant()));
    }

    @Override
    public long count() {
        return em.createQuery("select count(t) from TrainingExample t", Long.class).getSingleResult();
    }
}
