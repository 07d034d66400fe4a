package org.minsheng.disclosure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A body that discloses (the city government or a department, by its site department code): the
 * organisation code of its catalogue numbers, the publisher named on its documents and how many
 * approvals a document needs before it is published.
 */
@Entity
@Table(name = "disclosure_body")
public class DisclosureBody {

    @Id
    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(name = "organisation_code", nullable = false, length = 30)
    private String organisationCode;

    @Column(name = "publisher_zh", nullable = false, length = 100)
    private String publisherZh;

    @Column(name = "publisher_en", nullable = false, length = 200)
    private String publisherEn;

    @Column(name = "review_levels", nullable = false)
    private int reviewLevels;

    @Version
    private long version;

    protected DisclosureBody() {
    }

    public DisclosureBody(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public void configure(String organisationCode, String publisherZh, String publisherEn, int reviewLevels) {
        if (!IndexNumber.ORGANISATION_CODE.matcher(organisationCode).matches() || reviewLevels < 1 || reviewLevels > 5) {
            throw new IllegalArgumentException("invalid body settings");
        }
        this.organisationCode = organisationCode;
        this.publisherZh = publisherZh;
        this.publisherEn = publisherEn;
        this.reviewLevels = reviewLevels;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public String publisherZh() {
        return publisherZh;
    }

    public String publisherEn() {
        return publisherEn;
    }

    public int reviewLevels() {
        return reviewLevels;
    }
}
