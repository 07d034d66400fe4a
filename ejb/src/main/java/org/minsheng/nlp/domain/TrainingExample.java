package org.minsheng.nlp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A labelled message learned from people's decisions (a dispatcher's correction, a department's
 * return), for the next training of the classifier.
 */
@Entity
@Table(name = "training_example")
public class TrainingExample {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_example_seq")
    @SequenceGenerator(name = "training_example_seq", sequenceName = "training_example_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, length = 40)
    private String label;

    @Column(nullable = false, length = 8000)
    private String text;

    @Column(nullable = false, length = 40)
    private String source;

    @Column(name = "case_id", length = 40)
    private String caseId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrainingExample() {
    }

    public TrainingExample(String label, String text, String source, String caseId, Instant createdAt) {
        this.label = label;
        this.text = text;
        this.source = source;
        this.caseId = caseId;
        this.createdAt = createdAt;
    }

    public String label() {
        return label;
    }

    public String text() {
        return text;
    }

    public String source() {
        return source;
    }
}
