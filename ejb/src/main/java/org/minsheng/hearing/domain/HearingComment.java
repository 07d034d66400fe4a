package org.minsheng.hearing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A resident's comment on a whole draft (section 0) or one section of the version they read.
 * Kept as written for the department; shown publicly only once approved, masked, with the
 * author's name masked too. {@code held} marks a sensitive-word hit for the moderator.
 */
@Entity
@Table(name = "hearing_comment")
public class HearingComment {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "hearing_id", nullable = false, length = 40)
    private String hearingId;

    @Column(name = "version_no", nullable = false)
    private int versionNumber;

    @Column(name = "section_no", nullable = false)
    private int section;

    @Column(name = "author_name", nullable = false, length = 40)
    private String authorName;

    @Column(name = "author_mobile", length = 20)
    private String authorMobile;

    @Column(name = "author_account", length = 100)
    private String authorAccount;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "masked_text", nullable = false, length = 2000)
    private String maskedText;

    @Column(nullable = false)
    private boolean held;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommentStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Version
    private long version;

    protected HearingComment() {
    }

    public HearingComment(String id, String hearingId, int versionNumber, int section, String authorName,
                          String authorMobile, String authorAccount, String text, String maskedText, boolean held,
                          Instant submittedAt) {
        this.id = id;
        this.hearingId = hearingId;
        this.versionNumber = versionNumber;
        this.section = section;
        this.authorName = authorName;
        this.authorMobile = authorMobile;
        this.authorAccount = authorAccount;
        this.text = text;
        this.maskedText = maskedText;
        this.held = held;
        this.status = CommentStatus.PENDING;
        this.submittedAt = submittedAt;
    }

    /** A moderator's decision; only a pending comment can be decided. */
    public boolean decide(boolean approve) {
        if (status != CommentStatus.PENDING) {
            return false;
        }
        status = approve ? CommentStatus.APPROVED : CommentStatus.REJECTED;
        return true;
    }

    /** The author's name as shown publicly: the first character and asterisks (张** for 张三丰). */
    public String maskedAuthor() {
        int n = authorName.codePointCount(0, authorName.length());
        if (n <= 1) {
            return authorName + "*";
        }
        int first = authorName.offsetByCodePoints(0, 1);
        return authorName.substring(0, first) + "*".repeat(n - 1);
    }

    public String id() {
        return id;
    }

    public String hearingId() {
        return hearingId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public int section() {
        return section;
    }

    public String authorName() {
        return authorName;
    }

    public String authorMobile() {
        return authorMobile;
    }

    public String text() {
        return text;
    }

    public String maskedText() {
        return maskedText;
    }

    public boolean held() {
        return held;
    }

    public CommentStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public long version() {
        return version;
    }
}
