package org.minsheng.news.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A news article and its editorial chain (先审后发): drafted and revised by editors, submitted, signed
 * off level by level as its column requires, then public from its publishing time until its expiry
 * or withdrawal. Nothing is public before the last approval; a rejection sends it back to draft.
 */
@Entity
@Table(name = "news_article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_article_seq")
    @SequenceGenerator(name = "news_article_seq", sequenceName = "news_article_seq", allocationSize = 20)
    private Long id;

    @Column(name = "column_id", nullable = false)
    private long columnId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 200)
    private String subtitle;

    @Column(nullable = false, length = 100)
    private String source;

    @Column(name = "repost_url", length = 500)
    private String repostUrl;

    @Column(length = 60)
    private String author;

    @Column(nullable = false, length = 100000)
    private String body;

    @Column(name = "cover_image_id")
    private Long coverImageId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    private List<String> tags = new ArrayList<>();

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "expire_at")
    private Instant expireAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status;

    @Column(name = "review_round", nullable = false)
    private int reviewRound;

    @Column(nullable = false)
    private int approvals;

    @Column(nullable = false)
    private int revision;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected Article() {
    }

    public Article(long columnId, ArticleContent content, String by, Instant at) {
        this.columnId = columnId;
        this.status = ArticleStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = at;
        apply(content);
    }

    /** A new revision of the text; only while nobody is reviewing it and it is not public. */
    public void revise(ArticleContent content) {
        if (status != ArticleStatus.DRAFT && status != ArticleStatus.WITHDRAWN && status != ArticleStatus.EXPIRED) {
            throw new IllegalArticleTransition(status, "修改（请先撤下或等待审核结果）", "edited (withdraw it first)");
        }
        status = ArticleStatus.DRAFT;
        apply(content);
    }

    private void apply(ArticleContent c) {
        title = c.title();
        subtitle = c.subtitle();
        source = c.source();
        repostUrl = c.repostUrl();
        author = c.author();
        body = c.body();
        coverImageId = c.coverImageId();
        tags.clear();
        tags.addAll(c.tags());
        pinned = c.pinned();
        publishAt = c.publishAt();
        expireAt = c.expireAt();
        revision++;
    }

    /** Starts a new review round from the first level. */
    public void submit() {
        if (status != ArticleStatus.DRAFT) {
            throw new IllegalArticleTransition(status, "送审", "submitted");
        }
        status = ArticleStatus.IN_REVIEW;
        reviewRound++;
        approvals = 0;
    }

    /** The level the next approval signs (1 = the column's reviewer). */
    public int nextLevel() {
        return approvals + 1;
    }

    /**
     * One level signs off. After the last of {@code levels} the article is scheduled, or published
     * at once when its publishing time has come; returns true when it became public now.
     */
    public boolean approve(int levels, Instant now) {
        if (status != ArticleStatus.IN_REVIEW) {
            throw new IllegalArticleTransition(status, "审核", "approved");
        }
        approvals++;
        if (approvals < levels) {
            return false;
        }
        status = ArticleStatus.SCHEDULED;
        return publishIfDue(now);
    }

    public void reject() {
        if (status != ArticleStatus.IN_REVIEW) {
            throw new IllegalArticleTransition(status, "退回", "sent back");
        }
        status = ArticleStatus.DRAFT;
        approvals = 0;
    }

    /** A scheduled article whose time has come goes public (an expired one does not); true if it did. */
    public boolean publishIfDue(Instant now) {
        if (status != ArticleStatus.SCHEDULED || (publishAt != null && publishAt.isAfter(now))) {
            return false;
        }
        if (expireAt != null && !expireAt.isAfter(now)) {
            status = ArticleStatus.EXPIRED;
            return false;
        }
        status = ArticleStatus.PUBLISHED;
        publishedAt = publishAt != null ? publishAt : now;
        return true;
    }

    /** A public article past its expiry leaves the site; true if it did. */
    public boolean expireIfDue(Instant now) {
        if (status != ArticleStatus.PUBLISHED || expireAt == null || expireAt.isAfter(now)) {
            return false;
        }
        status = ArticleStatus.EXPIRED;
        return true;
    }

    /** Taken off the site (or out of the schedule) on purpose; returns whether it was public. */
    public boolean withdraw() {
        if (status != ArticleStatus.PUBLISHED && status != ArticleStatus.SCHEDULED) {
            throw new IllegalArticleTransition(status, "撤下", "withdrawn");
        }
        boolean wasPublic = status == ArticleStatus.PUBLISHED;
        status = ArticleStatus.WITHDRAWN;
        return wasPublic;
    }

    public boolean isPublic() {
        return status == ArticleStatus.PUBLISHED;
    }

    public Long id() {
        return id;
    }

    public long columnId() {
        return columnId;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public String source() {
        return source;
    }

    public String repostUrl() {
        return repostUrl;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public Long coverImageId() {
        return coverImageId;
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public boolean pinned() {
        return pinned;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public Instant expireAt() {
        return expireAt;
    }

    public ArticleStatus status() {
        return status;
    }

    public int reviewRound() {
        return reviewRound;
    }

    public int approvals() {
        return approvals;
    }

    public int revision() {
        return revision;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }
}
