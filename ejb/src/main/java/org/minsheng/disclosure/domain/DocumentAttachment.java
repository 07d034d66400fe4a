package org.minsheng.disclosure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.minsheng.shared.files.StoredFile;

/** A file published with a document (the signed PDF or OFD, scanned pages, charts). */
@Entity
@Table(name = "disclosure_attachment")
public class DocumentAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_attachment_seq")
    @SequenceGenerator(name = "disclosure_attachment_seq", sequenceName = "disclosure_attachment_seq",
            allocationSize = 20)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected DocumentAttachment() {
    }

    public DocumentAttachment(Long documentId, String fileName, StoredFile file, String uploadedBy, Instant uploadedAt) {
        this.documentId = documentId;
        this.fileName = fileName;
        this.file = file;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long id() {
        return id;
    }

    public Long documentId() {
        return documentId;
    }

    public String fileName() {
        return fileName;
    }

    public StoredFile file() {
        return file;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
