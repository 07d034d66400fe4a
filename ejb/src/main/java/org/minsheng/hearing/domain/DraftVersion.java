package org.minsheng.hearing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One published version of a draft: its sections and what changed from the version before. */
@Entity
@Table(name = "hearing_version")
public class DraftVersion {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Column(name = "change_log", nullable = false, length = 2000)
    private String changeLog;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hearing_section", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<DraftSection> sections = new ArrayList<>();

    protected DraftVersion() {
    }

    public DraftVersion(String id, int number, String changeLog, Instant publishedAt, List<DraftSection> sections) {
        this.id = id;
        this.number = number;
        this.changeLog = changeLog;
        this.publishedAt = publishedAt;
        this.sections.addAll(sections);
    }

    public int number() {
        return number;
    }

    public String changeLog() {
        return changeLog;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<DraftSection> sections() {
        return List.copyOf(sections);
    }
}
