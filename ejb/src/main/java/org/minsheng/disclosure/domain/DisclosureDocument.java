package org.minsheng.disclosure.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A document of a body's disclosure catalogue. An editor drafts it; it goes to review; each review
 * level signs it off (different approvers); after the last one it is published at once or at the
 * time asked for, and gets its catalogue number then. A rejection sends it back to the draft with
 * the approver's comment. Once published, only its validity changes.
 */
@Entity
@Table(name = "disclosure_document")
public class DisclosureDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_document_seq")
    @SequenceGenerator(name = "disclosure_document_seq", sequenceName = "disclosure_document_seq", allocationSize = 20)
    private Long id;

    @Column(name = "body_code", nullable = false, length = 40)
    private String bodyCode;

    @Column(name = "index_number", length = 60)
    private String indexNumber;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(name = "body_text", nullable = false, length = 20000)
    private String text;

    @Embedded
    private DocumentMetadata metadata;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "disclosure_keyword", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "ord")
    @Column(name = "keyword", nullable = false, length = 30)
    private List<String> keywords = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentStatus status;

    @Column(name = "levels_required", nullable = false)
    private int levelsRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "disclosure_approval", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "ord")
    private List<Approval> approvals = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Validity validity;

    @Column(name = "replaced_by_id")
    private Long replacedById;

    @Column(name = "interprets_id")
    private Long interpretsId;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "reject_comment", length = 500)
    private String rejectComment;

    @Column(name = "late_flagged", nullable = false)
    private boolean lateFlagged;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected DisclosureDocument() {
    }

    /** A new draft; {@code dueOn} is the last day of the 20 working days from {@code content.madeOn()}. */
    public DisclosureDocument(String bodyCode, int levelsRequired, DocumentContent content, LocalDate dueOn,
                              String createdBy, Instant createdAt) {
        this.bodyCode = bodyCode;
        this.levelsRequired = levelsRequired;
        this.status = DocumentStatus.DRAFT;
        this.validity = Validity.VALID;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        write(content, dueOn);
    }

    /** The editor changes the draft (also after a rejection). */
    public void edit(DocumentContent content, LocalDate dueOn) {
        requireStatus(DocumentStatus.DRAFT, "只有草稿可以修改", "Only a draft can be edited");
        write(content, dueOn);
    }

    private void write(DocumentContent c, LocalDate due) {
        this.title = c.title();
        this.summary = c.summary();
        this.text = c.text();
        this.metadata = new DocumentMetadata(c, due);
        this.keywords.clear();
        this.keywords.addAll(c.keywords());
        this.interpretsId = c.interpretsId();
        this.scheduledAt = c.publishAt();
    }

    public void submit() {
        requireStatus(DocumentStatus.DRAFT, "只有草稿可以提交审核", "Only a draft can be submitted for review");
        this.status = DocumentStatus.IN_REVIEW;
    }

    /**
     * One review level signs off. Returns true when that was the last level: the document is then
     * due for publication, now or at its scheduled time.
     */
    public boolean approve(String approver, Instant at) {
        requireStatus(DocumentStatus.IN_REVIEW, "只有待审核的文件可以审签", "Only a document in review can be approved");
        if (approvals.stream().anyMatch(a -> a.approver().equals(approver))) {
            throw new IllegalDocumentStep("同一人不能审签两级", "The same person cannot approve two levels");
        }
        approvals.add(new Approval(approver, at));
        if (approvals.size() < levelsRequired) {
            return false;
        }
        this.status = DocumentStatus.SCHEDULED;
        this.rejectComment = null;
        return true;
    }

    /** Back to the editor with the reason; the sign-offs so far are void. */
    public void reject(String comment) {
        requireStatus(DocumentStatus.IN_REVIEW, "只有待审核的文件可以退回", "Only a document in review can be rejected");
        this.status = DocumentStatus.DRAFT;
        this.rejectComment = comment;
        this.approvals.clear();
    }

    /** Whether an approved document may go out at {@code now}. */
    public boolean dueForPublication(Instant now) {
        return status == DocumentStatus.SCHEDULED && (scheduledAt == null || !scheduledAt.isAfter(now));
    }

    public void publish(IndexNumber number, Instant at) {
        requireStatus(DocumentStatus.SCHEDULED, "文件尚未审签完毕", "The document is not approved yet");
        this.indexNumber = number.toString();
        this.publishedAt = at;
        this.status = DocumentStatus.PUBLISHED;
    }

    /** A published document is amended, repealed or expires (or is in force again). */
    public void changeValidity(Validity newValidity, Long replacement) {
        requireStatus(DocumentStatus.PUBLISHED, "只有已发布的文件有效性可以变更",
                "Only a published document's validity can change");
        if (replacement != null && replacement.equals(id)) {
            throw new IllegalDocumentStep("文件不能替代自身", "A document cannot replace itself");
        }
        this.validity = newValidity;
        this.replacedById = newValidity.needsReplacement() ? replacement : null;
    }

    /** Not yet public after the last day of the 20 working days. */
    public boolean isLate(LocalDate today) {
        return status != DocumentStatus.PUBLISHED && today.isAfter(metadata.dueOn());
    }

    /** Marks that the body's head was told; returns false when it had been already. */
    public boolean flagLate() {
        if (lateFlagged) {
            return false;
        }
        lateFlagged = true;
        return true;
    }

    private void requireStatus(DocumentStatus expected, String zh, String en) {
        if (status != expected) {
            throw new IllegalDocumentStep(zh, en);
        }
    }

    public Long id() {
        return id;
    }

    public String bodyCode() {
        return bodyCode;
    }

    public Optional<String> indexNumber() {
        return Optional.ofNullable(indexNumber);
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String text() {
        return text;
    }

    public DocumentMetadata metadata() {
        return metadata;
    }

    public List<String> keywords() {
        return List.copyOf(keywords);
    }

    public DocumentStatus status() {
        return status;
    }

    public int levelsRequired() {
        return levelsRequired;
    }

    public List<Approval> approvals() {
        return List.copyOf(approvals);
    }

    public Validity validity() {
        return validity;
    }

    public Long replacedById() {
        return replacedById;
    }

    public Long interpretsId() {
        return interpretsId;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String rejectComment() {
        return rejectComment;
    }

    public boolean lateFlagged() {
        return lateFlagged;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
