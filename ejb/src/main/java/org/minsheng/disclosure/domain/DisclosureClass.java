package org.minsheng.disclosure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the classification: a topic (主题分类) or a genre (体裁). Seeded by the migration. */
@Entity
@Table(name = "disclosure_class")
public class DisclosureClass {

    public static final String TOPIC = "TOPIC";
    public static final String GENRE = "GENRE";

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, length = 10)
    private String kind;

    @Column(name = "name_zh", nullable = false, length = 40)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 80)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected DisclosureClass() {
    }

    public DisclosureClass(String code, String kind, String nameZh, String nameEn, int sortOrder) {
        this.code = code;
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public String code() {
        return code;
    }

    public String kind() {
        return kind;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
