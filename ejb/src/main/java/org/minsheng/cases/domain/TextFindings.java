package org.minsheng.cases.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What text analysis found in the message when it arrived: category and routing suggestions,
 * safety urgency, open cases it probably repeats, and sensitive words (an answer to a message
 * with sensitive words is published only after a reviewer's decision).
 */
@Embeddable
public class TextFindings {

    private static final int MAX_REASON = 200;
    private static final int MAX_WORD = 200;

    @Column(name = "category", length = 40)
    private String category;

    @Column(name = "confidence")
    private Double confidence;

    @ElementCollection
    @CollectionTable(name = "case_suggestion", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "sort_order")
    private List<SuggestedRoute> suggestions = new ArrayList<>();

    @Column(name = "urgent", nullable = false)
    private boolean urgent;

    @Column(name = "urgency_reason", length = MAX_REASON)
    private String urgencyReason;

    @ElementCollection
    @CollectionTable(name = "case_duplicate", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "sort_order")
    private List<PossibleDuplicate> duplicates = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_sensitive_word", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "word", nullable = false, length = MAX_WORD)
    @OrderColumn(name = "sort_order")
    private List<String> sensitiveWords = new ArrayList<>();

    void record(String category, Double confidence, List<SuggestedRoute> suggestions, boolean urgent,
                String urgencyReason) {
        this.category = category;
        this.confidence = confidence;
        this.suggestions.clear();
        this.suggestions.addAll(suggestions);
        this.urgent = urgent;
        this.urgencyReason = urgencyReason == null || urgencyReason.length() <= MAX_REASON ? urgencyReason
                : urgencyReason.substring(0, MAX_REASON);
    }

    void recordSensitiveWords(List<String> words) {
        sensitiveWords.clear();
        words.stream().filter(w -> w != null && !w.isBlank())
                .map(w -> w.length() <= MAX_WORD ? w : w.substring(0, MAX_WORD))
                .forEach(sensitiveWords::add);
    }

    void recordDuplicates(List<PossibleDuplicate> found) {
        duplicates.clear();
        duplicates.addAll(found);
    }

    /** A dispatcher's decision replaces the classifier's category when it names one. */
    void correctCategory(String chosen) {
        if (chosen != null && !chosen.isBlank()) {
            category = chosen;
        }
    }

    public String category() {
        return category;
    }

    public Double confidence() {
        return confidence;
    }

    public List<SuggestedRoute> suggestions() {
        return Collections.unmodifiableList(suggestions);
    }

    public boolean isUrgent() {
        return urgent;
    }

    public String urgencyReason() {
        return urgencyReason;
    }

    public List<PossibleDuplicate> duplicates() {
        return Collections.unmodifiableList(duplicates);
    }

    public List<String> sensitiveWords() {
        return Collections.unmodifiableList(sensitiveWords);
    }
}
