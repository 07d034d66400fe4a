package org.minsheng.news.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A column (栏目) of a site: how many review levels its articles need (at least one: the column's
 * reviewer, then up to the site's final approver), after how many days without a new article it is
 * stale, and the other sites that show it too.
 */
@Entity
@Table(name = "news_column")
public class NewsColumn {

    /** National website checks fail news columns without an update for two weeks. */
    public static final int DEFAULT_STALE_AFTER_DAYS = 14;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_column_seq")
    @SequenceGenerator(name = "news_column_seq", sequenceName = "news_column_seq", allocationSize = 20)
    private Long id;

    @Column(name = "site_code", nullable = false, length = 40)
    private String siteCode;

    @Column(nullable = false, length = 40)
    private String slug;

    @Column(name = "name_zh", nullable = false, length = 60)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(name = "review_levels", nullable = false)
    private int reviewLevels;

    @Column(name = "stale_after_days", nullable = false)
    private int staleAfterDays;

    @Column(nullable = false)
    private int position;

    @Column(name = "stale_noticed_at")
    private Instant staleNoticedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_column_share", joinColumns = @JoinColumn(name = "column_id"))
    @Column(name = "site_code")
    private Set<String> sharedWith = new HashSet<>();

    @Version
    private long version;

    protected NewsColumn() {
    }

    public NewsColumn(String siteCode, String slug, String nameZh, String nameEn, int reviewLevels, int staleAfterDays,
                      int position) {
        if (reviewLevels < 1 || staleAfterDays < 1) {
            throw new IllegalArgumentException("a column needs at least one review level and one day");
        }
        this.siteCode = siteCode;
        this.slug = slug;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.reviewLevels = reviewLevels;
        this.staleAfterDays = staleAfterDays;
        this.position = position;
    }

    public void shareWith(String otherSite) {
        if (!otherSite.equals(siteCode)) {
            sharedWith.add(otherSite);
        }
    }

    /** Stale when its latest article (or, without any, its creation) is older than its period. */
    public boolean staleAt(Instant now, Instant lastPublished) {
        return lastPublished == null || lastPublished.plus(Duration.ofDays(staleAfterDays)).isBefore(now);
    }

    /** The site's editors are told once per stale period, not every day. */
    public boolean noticeDue(Instant now) {
        return staleNoticedAt == null || staleNoticedAt.plus(Duration.ofDays(staleAfterDays)).isBefore(now);
    }

    public void noticed(Instant now) {
        staleNoticedAt = now;
    }

    public Long id() {
        return id;
    }

    public String siteCode() {
        return siteCode;
    }

    public String slug() {
        return slug;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public int reviewLevels() {
        return reviewLevels;
    }

    public int staleAfterDays() {
        return staleAfterDays;
    }

    public int position() {
        return position;
    }

    public Set<String> sharedWith() {
        return Set.copyOf(sharedWith);
    }
}
