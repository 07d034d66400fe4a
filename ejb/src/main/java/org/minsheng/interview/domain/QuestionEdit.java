package org.minsheng.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A moderator's correction of a question's wording, kept so the change can be seen. */
@Embeddable
public class QuestionEdit {

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @Column(nullable = false, length = 60)
    private String editor;

    @Column(name = "before_text", nullable = false, length = 1000)
    private String before;

    @Column(name = "after_text", nullable = false, length = 1000)
    private String after;

    protected QuestionEdit() {
    }

    public QuestionEdit(Instant editedAt, String editor, String before, String after) {
        this.editedAt = editedAt;
        this.editor = editor;
        this.before = before;
        this.after = after;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public String editor() {
        return editor;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
