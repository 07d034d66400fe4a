package org.minsheng.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A city leader with a public mailbox (领导信箱). Fictional people only in demo data. */
@Entity
@Table(name = "leader")
public class Leader {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(nullable = false, length = 300)
    private String portfolio;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected Leader() {
    }

    public Leader(String code, String name, String title, String titleEn, String portfolio, int sortOrder) {
        this.code = code;
        this.name = name;
        this.title = title;
        this.titleEn = titleEn;
        this.portfolio = portfolio;
        this.sortOrder = sortOrder;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String titleEn() {
        return titleEn;
    }

    public String portfolio() {
        return portfolio;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
