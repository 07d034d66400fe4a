package org.minsheng.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A site on the platform: the main portal ({@code portal}) or a department's sub-site, whose code
 * is the department's. Its editors and approvers are the staff of its department.
 */
@Entity
@Table(name = "news_site")
public class NewsSite {

    /** The main portal's code. */
    public static final String PORTAL = "portal";

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    protected NewsSite() {
    }

    public NewsSite(String code, String departmentCode, String nameZh, String nameEn, int position) {
        this.code = code;
        this.departmentCode = departmentCode;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.position = position;
    }

    public String code() {
        return code;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public int position() {
        return position;
    }

    public boolean portal() {
        return PORTAL.equals(code);
    }
}
