package org.minsheng.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.minsheng.shared.files.StoredFile;

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

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected InterviewImage() {
    }

    public InterviewImage(String id, String interviewId, StoredFile file, String uploadedBy, Instant uploadedAt) {
        this.id = id;
        this.interviewId = interviewId;
        this.file = file;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String id() {
        return id;
    }

    public String interviewId() {
        return interviewId;
    }

    public StoredFile file() {
        return file;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
