package org.minsheng.shared.files;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An uploaded file as stored, after its content was checked: the type it was found to be, its
 * bytes, their size and SHA-256 in hex. Embedded by each entity that keeps a file, in the same
 * columns; never changed once stored.
 */
@Embeddable
public class StoredFile {

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected StoredFile() {
    }

    public StoredFile(String contentType, String sha256, byte[] content) {
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content.clone();
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

    /** A copy of the bytes. */
    public byte[] content() {
        return content.clone();
    }
}
