package org.minsheng.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A government department; {@code platform} marks the one that runs the portal and dispatches. */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false)
    private boolean platform;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected Department() {
    }

    public Department(String code, String name, String nameEn, boolean platform, int sortOrder) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.platform = platform;
        this.sortOrder = sortOrder;
    }

    /** Renames the department (reorganisations happen); the code, used in cases, stays. */
    public void rename(String newName, String newNameEn) {
        name = newName;
        nameEn = newNameEn;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean isPlatform() {
        return platform;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
