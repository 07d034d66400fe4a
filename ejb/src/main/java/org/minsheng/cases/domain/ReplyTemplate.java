package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A reply template (答复模板) offered on the reply form: shared by every department when it has no
 * department, else one department's own. Its text is inserted into the reply, then completed.
 */
@Entity
@Table(name = "reply_template")
public class ReplyTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reply_template_seq")
    @SequenceGenerator(name = "reply_template_seq", sequenceName = "reply_template_seq", allocationSize = 20)
    private Long id;

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "name_en", nullable = false, length = 60)
    private String nameEn;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "body_en", nullable = false, length = 2000)
    private String bodyEn;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected ReplyTemplate() {
    }

    public ReplyTemplate(String departmentCode, String name, String nameEn, String body, String bodyEn, int position) {
        this.departmentCode = departmentCode;
        edit(name, nameEn, body, bodyEn, position);
    }

    public void edit(String name, String nameEn, String body, String bodyEn, int position) {
        this.name = name;
        this.nameEn = nameEn;
        this.body = body;
        this.bodyEn = bodyEn;
        this.position = position;
    }

    /** Shared by every department (edited by the administrator). */
    public boolean isShared() {
        return departmentCode == null;
    }

    public Long id() {
        return id;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public String body() {
        return body;
    }

    public String bodyEn() {
        return bodyEn;
    }

    public int position() {
        return position;
    }

    public long version() {
        return version;
    }
}
