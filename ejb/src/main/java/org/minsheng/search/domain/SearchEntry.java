package org.minsheng.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One public document as search holds it, keyed by its kind and its owner's reference. The
 * full-text index is built from these rows, so a change here reaches the index with the commit.
 */
@Entity
@Table(name = "search_entry")
public class SearchEntry {

    static final int TITLE_MAX = 500;
    static final int BODY_MAX = 20000;

    @Id
    @Column(length = 200)
    private String id;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "doc_key", nullable = false, length = 160)
    private String key;

    @Column(nullable = false, length = 40)
    private String site;

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(nullable = false, length = 500)
    private String url;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_year", nullable = false)
    private int year;

    @Column(name = "indexed_at", nullable = false)
    private Instant indexedAt;

    @Version
    private long version;

    protected SearchEntry() {
    }

    public SearchEntry(String kind, String key) {
        this.id = idOf(kind, key);
        this.kind = kind;
        this.key = key;
    }

    /** The row id of a document: kind and key cannot collide across kinds. */
    public static String idOf(String kind, String key) {
        return kind + ":" + key;
    }

    /** Takes the document's current public state; over-long text is cut (the index needs no more). */
    public void update(String site, String departmentCode, String title, String body, String url,
                       Instant publishedAt, ZoneId zone, Instant now) {
        this.site = site;
        this.departmentCode = departmentCode;
        this.title = cut(title, TITLE_MAX);
        this.body = cut(body, BODY_MAX);
        this.url = url;
        this.publishedAt = publishedAt;
        this.year = publishedAt.atZone(zone).getYear();
        this.indexedAt = now;
    }

    private static String cut(String s, int max) {
        String v = s == null ? "" : s.strip();
        return v.length() <= max ? v : v.substring(0, max);
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public String site() {
        return site;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String url() {
        return url;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public int year() {
        return year;
    }
}
