package org.minsheng.nlp.domain;

import java.util.List;
import java.util.Optional;

/** The stored lexicon and its revision row. */
public interface SensitiveWordRepository {

    /** Every entry, by category and word. */
    List<SensitiveWord> all();

    Optional<SensitiveWord> find(long id);

    Optional<SensitiveWord> byFolded(String folded);

    void add(SensitiveWord word);

    void remove(SensitiveWord word);

    /** Writes a changed entry now, so that the version it reports is the new one. */
    void save(SensitiveWord word);

    /** The revision row, locked until the transaction ends (changes and seeding serialise on it). */
    LexiconRevision lockRevision();

    /** The revision row, read without a lock. */
    LexiconRevision revisionRow();

    /** The current revision number, read without a lock. */
    long revision();
}
