package org.minsheng.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One numbered entry of an interview's live stream; never changed once stored. */
@Entity
@Table(name = "interview_post")
public class InterviewPost {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interview_post_seq")
    @SequenceGenerator(name = "interview_post_seq", sequenceName = "interview_post_seq", allocationSize = 50)
    private Long id;

    @Column(name = "interview_id", nullable = false, length = 40)
    private String interviewId;

    @Column(name = "seq", nullable = false)
    private long sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostKind kind;

    @Column(name = "author_name", nullable = false, length = 60)
    private String authorName;

    @Column(name = "author_title", length = 200)
    private String authorTitle;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "image_url", length = 500)
    private String imageUrl;

    @Column(name = "image_alt", length = 200)
    private String imageAlt;

    @Column(name = "question_id", length = 40)
    private String questionId;

    @Column(name = "asker_name", length = 40)
    private String askerName;

    @Column(name = "answer_to")
    private Long answerTo;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected InterviewPost() {
    }

    public InterviewPost(String interviewId, long sequence, PostKind kind, String authorName, String authorTitle,
                         String body, String imageUrl, String imageAlt, String questionId, String askerName,
                         Long answerTo, Instant postedAt) {
        this.interviewId = interviewId;
        this.sequence = sequence;
        this.kind = kind;
        this.authorName = authorName;
        this.authorTitle = authorTitle;
        this.body = body;
        this.imageUrl = imageUrl;
        this.imageAlt = imageAlt;
        this.questionId = questionId;
        this.askerName = askerName;
        this.answerTo = answerTo;
        this.postedAt = postedAt;
    }

    public PostPublished published() {
        return new PostPublished(interviewId, sequence, kind.name(), authorName, authorTitle, body, imageUrl,
                imageAlt, questionId, askerName, answerTo, postedAt);
    }

    public String interviewId() {
        return interviewId;
    }

    public long sequence() {
        return sequence;
    }

    public PostKind kind() {
        return kind;
    }

    public String authorName() {
        return authorName;
    }

    public String authorTitle() {
        return authorTitle;
    }

    public String body() {
        return body;
    }

    public String imageUrl() {
        return imageUrl;
    }

    /** What the image shows, for screen readers and when it cannot be loaded. */
    public String imageAlt() {
        return imageAlt;
    }

    public String questionId() {
        return questionId;
    }

    public String askerName() {
        return askerName;
    }

    public Long answerTo() {
        return answerTo;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
