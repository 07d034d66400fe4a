package org.minsheng.intake.domain;

import java.util.List;
import java.util.Optional;

public interface AttachmentRepository {

    /** Stores the attachment now, so that a clash on the per-case slot or hash shows at once. */
    void add(Attachment attachment);

    /** A case's attachments in the order they were added, without their bytes. */
    List<AttachmentSummary> summariesOf(String caseId);

    Optional<AttachmentSummary> byHash(String caseId, String sha256);

    /** The attachment with its bytes, when it belongs to the case. */
    Optional<Attachment> byId(String caseId, String attachmentId);
}
