package org.minsheng.poll.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A free-text answer, stored masked (phone numbers, ID numbers … hidden) and without its ballot.
 * Published at once, or held when the sensitive-word check asks for a moderator; a moderator then
 * publishes or rejects it.
 */
@Entity
@Table(name = "poll_text_answer")
public class TextAnswer {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "poll_id", nullable = false, length = 40)
    private String pollId;

    @Column(name = "question_no", nullable = false)
    private int question;

    @Column(nullable = false, length = 1000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TextStatus status;

    @Version
    private long version;

    protected TextAnswer() {
    }

    public TextAnswer(String id, String pollId, int question, String maskedText, boolean held) {
        this.id = id;
        this.pollId = pollId;
        this.question = question;
        this.text = maskedText;
        this.status = held ? TextStatus.HELD : TextStatus.PUBLISHED;
    }

    /** A moderator's decision on a held answer; a decided answer stays as decided. */
    public boolean decide(boolean publish) {
        if (status != TextStatus.HELD) {
            return false;
        }
        status = publish ? TextStatus.PUBLISHED : TextStatus.REJECTED;
        return true;
    }

    public String id() {
        return id;
    }

    public String pollId() {
        return pollId;
    }

    public int question() {
        return question;
    }

    public String text() {
        return text;
    }

    public TextStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
