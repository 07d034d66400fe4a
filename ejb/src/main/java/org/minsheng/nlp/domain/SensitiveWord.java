package org.minsheng.nlp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An entry of the sensitive-word lexicon, as the administrator wrote it. Two entries that fold to
 * the same text ("ＱＱ" and "qq") would match the same texts, so the folded form is unique.
 */
@Entity
@Table(name = "sensitive_word")
public class SensitiveWord {

    public static final int MAX_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sensitive_word_seq")
    @SequenceGenerator(name = "sensitive_word_seq", sequenceName = "sensitive_word_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, length = MAX_LENGTH)
    private String word;

    @Column(nullable = false, length = 2 * MAX_LENGTH, unique = true)
    private String folded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SensitiveWordCategory category;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Version
    private long version;

    protected SensitiveWord() {
    }

    public SensitiveWord(String word, SensitiveWordCategory category, Instant at, String by) {
        change(word, category, at, by);
    }

    public final void change(String newWord, SensitiveWordCategory newCategory, Instant at, String by) {
        this.word = newWord.strip();
        this.folded = ModerationText.fold(this.word);
        this.category = newCategory;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Long id() {
        return id;
    }

    public String word() {
        return word;
    }

    public String folded() {
        return folded;
    }

    public SensitiveWordCategory category() {
        return category;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
