package org.minsheng.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An image shown in an interview (in a post, or a guest's photo), stored as checked and cleaned;
 * never changed once stored, so its address can be cached for good.
 */
@Entity
@Table(name = "interview_image")
public class InterviewImage {

    @Id
    @Column(length = 40)
    private String id;

    /** Null for a guest photo uploaded while the interview is being announced. */
    @Column(name = "interview_id", length = 40)
    private String interviewId;

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected InterviewImage() {
    }

    public InterviewImage(String id, String interviewId, String contentType, String sha256, byte[] content,
                          String uploadedBy, Instant uploadedAt) {
        this.id = id;
        this.interviewId = interviewId;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String id() {
        return id;
    }

    public String interviewId() {
        return interviewId;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
