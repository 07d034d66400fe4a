package org.minsheng.nlp.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.minsheng.nlp.domain.LexiconRevision;
import org.minsheng.nlp.domain.LexiconSource;
import org.minsheng.nlp.domain.SensitiveWord;
import org.minsheng.nlp.domain.SensitiveWordRepository;

/** The lexicon in the database; as a {@link LexiconSource} it is what moderation reads on every node. */
@ApplicationScoped
public class JpaSensitiveWordRepository implements SensitiveWordRepository, LexiconSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<SensitiveWord> all() {
        return em.createQuery("select w from SensitiveWord w order by w.category, w.word", SensitiveWord.class)
                .getResultList();
    }

    @Override
    public Optional<SensitiveWord> find(long id) {
        return Optional.ofNullable(em.find(SensitiveWord.class, id));
    }

    @Override
    public Optional<SensitiveWord> byFolded(String folded) {
        return em.createQuery("select w from SensitiveWord w where w.folded = :f", SensitiveWord.class)
                .setParameter("f", folded).getResultStream().findFirst();
    }

    @Override
    public void add(SensitiveWord word) {
        em.persist(word);
        em.flush(); // the id, for the audit record
    }

    @Override
    public void remove(SensitiveWord word) {
        em.remove(word);
    }

    @Override
    public void save(SensitiveWord word) {
        em.flush();
    }

    @Override
    public LexiconRevision lockRevision() {
        return em.find(LexiconRevision.class, LexiconRevision.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public LexiconRevision revisionRow() {
        return em.find(LexiconRevision.class, LexiconRevision.ID);
    }

    /** One primary-key read of a number: cheap enough to ask before every check. */
    @Override
    public long revision() {
        return em.createQuery("select r.revision from LexiconRevision r where r.id = :id", Long.class)
                .setParameter("id", LexiconRevision.ID).getSingleResult();
    }

    @Override
    public List<String> words() {
        return em.createQuery("select w.word from SensitiveWord w order by w.id", String.class).getResultList();
    }
}
