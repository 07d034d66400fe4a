package org.minsheng.nlp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The lexicon's single revision row. Every change raises the revision in its own transaction, so
 * a node compares one number to know whether its automaton is still current; the row is also the
 * lock that lets exactly one node seed the table from the shipped file.
 */
@Entity
@Table(name = "sensitive_word_lexicon")
public class LexiconRevision {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(nullable = false)
    private long revision;

    @Column(name = "seeded_at")
    private Instant seededAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected LexiconRevision() {
    }

    public void changed(Instant at) {
        revision++;
        changedAt = at;
    }

    public void seeded(Instant at) {
        seededAt = at;
        changed(at);
    }

    public boolean isSeeded() {
        return seededAt != null;
    }

    public long revision() {
        return revision;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
