package org.minsheng.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A curated slot of a special topic: an article id (LEAD), a column id (COLUMN), or a path on this
 * site or an https address (LINK, INTERVIEW, HEARING).
 */
@Embeddable
public class TopicSlot {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SlotKind kind;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(nullable = false, length = 300)
    private String target;

    protected TopicSlot() {
    }

    public TopicSlot(SlotKind kind, String label, String target) {
        this.kind = kind;
        this.label = label;
        this.target = target;
    }

    public SlotKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public String target() {
        return target;
    }
}
