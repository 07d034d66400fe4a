package org.minsheng.disclosure.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document with its metadata table, links and files. For staff also the workflow: status, the
 * approvals given of those required, the last rejection's comment, the due date and whether it is
 * late. {@code contentHash} is the hash the tamper watch approved for its page.
 */
public record DocumentView(long id, String indexNumber, String bodyCode, String title, String summary, String text,
                           String publisher, LocalDate writtenOn, LocalDate madeOn, LocalDate dueOn,
                           Instant publishedAt, Instant scheduledAt, String documentNumber,
                           DisclosureClassView topic, DisclosureClassView genre, List<String> keywords,
                           String status, String statusZh, String statusEn,
                           String validity, String validityZh, String validityEn,
                           DocumentLink replacedBy, List<DocumentLink> replaces, DocumentLink interprets,
                           List<DocumentLink> interpretations, List<DocumentAttachmentView> attachments,
                           List<String> approvedBy, int levelsRequired, String rejectComment, boolean late,
                           boolean lateFlagged, String createdBy, String contentHash, long version) {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    public boolean inForce() {
        return "VALID".equals(validity);
    }
}
