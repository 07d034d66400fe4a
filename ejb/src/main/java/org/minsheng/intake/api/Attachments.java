package org.minsheng.intake.api;

import java.util.List;

/**
 * Files attached to cases, for the web layer and other features. Residents prove they own a case
 * with its tracking number and query code (a wrong code is the same "not found" as an unknown
 * number); staff see the files of the cases they may see.
 */
public interface Attachments {

    /** MicroProfile Config property: the largest file accepted, in bytes. */
    String MAX_BYTES_PROPERTY = "minsheng.attachments.max-bytes";
    /** 5 MiB, when {@value #MAX_BYTES_PROPERTY} is not set. */
    long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    /** The largest file accepted, in bytes. */
    long maxFileBytes();

    AttachmentUpload attachByResident(String trackingNumber, String queryCode, String fileName, String declaredType,
                                      byte[] content);

    AttachmentUpload attachByStaff(String caseId, String fileName, String declaredType, byte[] content);

    List<AttachmentInfo> listForResident(String trackingNumber, String queryCode);

    List<AttachmentInfo> listForStaff(String caseId);

    AttachmentContent downloadForResident(String trackingNumber, String queryCode, String attachmentId);

    AttachmentContent downloadForStaff(String caseId, String attachmentId);

    /**
     * Checks an image for another feature (interview posts, guest photos) as attachments are
     * checked: JPEG or PNG by content, within the size limit, metadata removed. Nothing is stored.
     */
    CleanImage cleanImage(String fileName, String declaredType, byte[] content);
}
