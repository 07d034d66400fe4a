package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;

/** A consultation's good answer, published so that residents find it before asking again (常见问题). */
@Entity
@Table(name = "faq_entry")
public class FaqEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "faq_entry_seq")
    @SequenceGenerator(name = "faq_entry_seq", sequenceName = "faq_entry_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, length = 200)
    private String question;

    @Column(nullable = false, length = 8000)
    private String answer;

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(name = "source_case_id", length = 40)
    private String sourceCaseId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FaqEntry() {
    }

    public FaqEntry(String question, String answer, String departmentCode, String sourceCaseId, Instant createdAt) {
        this.question = question;
        this.answer = answer;
        this.departmentCode = departmentCode;
        this.sourceCaseId = sourceCaseId;
        this.createdAt = createdAt;
    }

    /** How many of the keywords the entry mentions; the question counts double. */
    public int relevanceTo(Collection<String> keywords) {
        String q = question.toLowerCase(Locale.ROOT);
        String a = answer.toLowerCase(Locale.ROOT);
        int score = 0;
        for (String k : keywords) {
            String key = k.toLowerCase(Locale.ROOT);
            if (key.isBlank()) {
                continue;
            }
            score += (q.contains(key) ? 2 : 0) + (a.contains(key) ? 1 : 0);
        }
        return score;
    }

    public Long id() {
        return id;
    }

    public String question() {
        return question;
    }

    public String answer() {
        return answer;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String sourceCaseId() {
        return sourceCaseId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
