package org.minsheng.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved revision of an article's text, kept for ever so that any two can be compared. */
@Entity
@Table(name = "news_article_version")
public class ArticleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_article_version_seq")
    @SequenceGenerator(name = "news_article_version_seq", sequenceName = "news_article_version_seq",
            allocationSize = 20)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 200)
    private String subtitle;

    @Column(nullable = false, length = 100000)
    private String body;

    @Column(name = "saved_by", nullable = false, length = 60)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ArticleVersion() {
    }

    public ArticleVersion(Article article, String by, Instant at) {
        this.articleId = article.id();
        this.revision = article.revision();
        this.title = article.title();
        this.subtitle = article.subtitle();
        this.body = article.body();
        this.savedBy = by;
        this.savedAt = at;
    }

    public long articleId() {
        return articleId;
    }

    public int revision() {
        return revision;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public String body() {
        return body;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
