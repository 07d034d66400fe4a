package org.minsheng.news.domain;

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

/** One step of an article's editorial record: who submitted, signed off, sent back (with why) or published. */
@Entity
@Table(name = "news_review_step")
public class ReviewStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_review_step_seq")
    @SequenceGenerator(name = "news_review_step_seq", sequenceName = "news_review_step_seq", allocationSize = 20)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "review_round", nullable = false)
    private int round;

    @Column(nullable = false)
    private int level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewAction action;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(length = 1000)
    private String comment;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    protected ReviewStep() {
    }

    public ReviewStep(Article article, int level, ReviewAction action, String actor, String comment, Instant at) {
        this.articleId = article.id();
        this.round = article.reviewRound();
        this.level = level;
        this.action = action;
        this.actor = actor;
        this.comment = comment;
        this.actedAt = at;
    }

    public long articleId() {
        return articleId;
    }

    public int round() {
        return round;
    }

    public int level() {
        return level;
    }

    public ReviewAction action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public String comment() {
        return comment;
    }

    public Instant actedAt() {
        return actedAt;
    }
}
