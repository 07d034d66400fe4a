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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A special topic (专题): a page of its own with a banner and curated slots, in the order chosen. */
@Entity
@Table(name = "news_topic")
public class SpecialTopic {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_topic_seq")
    @SequenceGenerator(name = "news_topic_seq", sequenceName = "news_topic_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, length = 40, unique = true)
    private String slug;

    @Column(name = "site_code", nullable = false, length = 40)
    private String siteCode;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(name = "banner_text", nullable = false, length = 200)
    private String bannerText;

    @Column(name = "banner_image_id")
    private Long bannerImageId;

    @Column(nullable = false, length = 2000)
    private String introduction;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_topic_slot", joinColumns = @JoinColumn(name = "topic_id"))
    @OrderColumn(name = "position")
    private List<TopicSlot> slots = new ArrayList<>();

    @Version
    private long version;

    protected SpecialTopic() {
    }

    public SpecialTopic(String slug, String siteCode, String title, String bannerText, Long bannerImageId,
                        String introduction, List<TopicSlot> slots, Instant at) {
        this.slug = slug;
        this.siteCode = siteCode;
        this.title = title;
        this.bannerText = bannerText;
        this.bannerImageId = bannerImageId;
        this.introduction = introduction;
        this.slots.addAll(slots);
        this.createdAt = at;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String siteCode() {
        return siteCode;
    }

    public String title() {
        return title;
    }

    public String bannerText() {
        return bannerText;
    }

    public Long bannerImageId() {
        return bannerImageId;
    }

    public String introduction() {
        return introduction;
    }

    public List<TopicSlot> slots() {
        return List.copyOf(slots);
    }
}
