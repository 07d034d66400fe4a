package org.minsheng.poll.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One question of a poll, numbered from 1; its options are numbered from 1 in their order. A
 * multiple-choice question allows up to {@code maxChoices}; ratings run from 1 to 5.
 */
@Entity
@Table(name = "poll_question")
public class PollQuestion {

    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "question_no", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionKind kind;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "max_choices", nullable = false)
    private int maxChoices;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "poll_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 200)
    private List<String> options = new ArrayList<>();

    protected PollQuestion() {
    }

    public PollQuestion(String id, int number, QuestionKind kind, String text, boolean required, int maxChoices,
                        List<String> options) {
        this.id = id;
        this.number = number;
        this.kind = kind;
        this.text = text;
        this.required = required;
        this.maxChoices = kind == QuestionKind.MULTIPLE ? maxChoices : kind == QuestionKind.SINGLE ? 1 : 0;
        this.options.addAll(kind == QuestionKind.RATING || kind == QuestionKind.TEXT ? List.of() : options);
    }

    public boolean hasOption(int option) {
        return option >= 1 && option <= options.size();
    }

    public String id() {
        return id;
    }

    public int number() {
        return number;
    }

    public QuestionKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public boolean required() {
        return required;
    }

    public int maxChoices() {
        return maxChoices;
    }

    public List<String> options() {
        return List.copyOf(options);
    }
}
