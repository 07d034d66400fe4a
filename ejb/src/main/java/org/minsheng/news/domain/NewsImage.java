package org.minsheng.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.minsheng.shared.files.StoredFile;

/** An image of a site's articles, checked like an attachment, with the description readers hear instead. */
@Entity
@Table(name = "news_image")
public class NewsImage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_image_seq")
    @SequenceGenerator(name = "news_image_seq", sequenceName = "news_image_seq", allocationSize = 20)
    private Long id;

    @Column(name = "site_code", nullable = false, length = 40)
    private String siteCode;

    @Column(nullable = false, length = 200)
    private String alt;

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected NewsImage() {
    }

    public NewsImage(String siteCode, String alt, StoredFile file, String by, Instant at) {
        this.siteCode = siteCode;
        this.alt = alt;
        this.file = file;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public Long id() {
        return id;
    }

    public String siteCode() {
        return siteCode;
    }

    public String alt() {
        return alt;
    }

    public StoredFile file() {
        return file;
    }
}
