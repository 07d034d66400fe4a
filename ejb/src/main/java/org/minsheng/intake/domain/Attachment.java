package org.minsheng.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.minsheng.shared.files.StoredFile;

/**
 * A file attached to a case by its resident or by staff, stored after inspection (metadata
 * removed). {@code slot} numbers a case's files from 1; the database keeps it unique per case, so
 * two uploads at the same moment cannot take a case past its limit.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    /** Files per case. */
    public static final int MAX_PER_CASE = 5;
    /** {@code uploadedBy} of files sent by the resident, who has no account. */
    public static final String RESIDENT = "anonymous";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "case_id", nullable = false, length = 40)
    private String caseId;

    @Column(nullable = false)
    private int slot;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_by", length = 60)
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Version
    private long version;

    protected Attachment() {
    }

    public Attachment(String id, String caseId, int slot, InspectedFile file, String uploadedBy, Instant uploadedAt) {
        if (slot < 1 || slot > MAX_PER_CASE) {
            throw new IllegalArgumentException("slot out of range: " + slot);
        }
        this.id = id;
        this.caseId = caseId;
        this.slot = slot;
        this.fileName = file.fileName();
        this.file = new StoredFile(file.type().mediaType(), file.sha256(), file.content());
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public int slot() {
        return slot;
    }

    public String fileName() {
        return fileName;
    }

    public StoredFile file() {
        return file;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public boolean byResident() {
        return RESIDENT.equals(uploadedBy);
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public long version() {
        return version;
    }

    /** What lists show: everything but the bytes. */
    public AttachmentSummary summary() {
        return new AttachmentSummary(id, caseId, slot, fileName, file.contentType(), file.sizeBytes(), file.sha256(),
                uploadedBy, uploadedAt);
    }
}
