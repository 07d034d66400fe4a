package org.minsheng.disclosure.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.calendar.api.WorkingDays;
import org.minsheng.disclosure.api.DocumentAttachmentView;
import org.minsheng.disclosure.api.DocumentDraft;
import org.minsheng.disclosure.domain.DisclosureBody;
import org.minsheng.disclosure.domain.DisclosureDocument;
import org.minsheng.disclosure.domain.DisclosureRepository;
import org.minsheng.disclosure.domain.DocumentAttachment;
import org.minsheng.disclosure.domain.DocumentContent;
import org.minsheng.disclosure.domain.DocumentFileCheck;
import org.minsheng.disclosure.domain.DocumentStatus;
import org.minsheng.disclosure.domain.IllegalDocumentStep;
import org.minsheng.disclosure.domain.Validity;
import org.minsheng.identity.api.Roles;
import org.minsheng.intake.api.Attachments;
import org.minsheng.intake.api.CleanImage;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.files.StoredFile;
import org.minsheng.shared.security.Caller;

/** The editor's use cases: draft, edit, attach files, submit for review, change a published document's validity. */
@Stateless
@RolesAllowed(Roles.EDITOR)
public class DisclosureDrafting {

    /** Working days within which information is published after it is made or changed (条例 第二十六条). */
    public static final int PUBLICATION_LIMIT_DAYS = 20;
    static final int MAX_ATTACHMENTS = 10;

    @Inject
    DisclosureRepository repository;

    @Inject
    DocumentRules rules;

    @Inject
    DisclosureAccess access;

    @Inject
    WorkingDays calendar;

    @Inject
    Attachments attachments;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The largest attachment accepted, in bytes: the same limit as case attachments. */
    public long maxAttachmentBytes() {
        return attachments.maxFileBytes();
    }

    public long create(DocumentDraft draft) {
        DisclosureBody body = access.body(draft.bodyCode());
        access.requireEditorOf(body.departmentCode());
        DocumentContent content = rules.content(draft, body.publisherZh());
        DisclosureDocument d = new DisclosureDocument(body.departmentCode(), body.reviewLevels(), content,
                calendar.addWorkingDays(content.madeOn(), PUBLICATION_LIMIT_DAYS), caller.name(), clock.instant());
        repository.add(d);
        audit.record(caller.name(), "disclosure.draft", DisclosurePublisher.SUBJECT, String.valueOf(d.id()), d.title());
        return d.id();
    }

    public void edit(long id, long version, DocumentDraft draft) {
        DisclosureDocument d = editable(id, version);
        if (draft.bodyCode() != null && !draft.bodyCode().equals(d.bodyCode())) {
            throw new ValidationFailed(List.of(new FieldError("bodyCode", "文件的公开主体不能更改",
                    "A document's body cannot change")));
        }
        DocumentContent content = rules.content(draft, access.body(d.bodyCode()).publisherZh());
        d.edit(content, calendar.addWorkingDays(content.madeOn(), PUBLICATION_LIMIT_DAYS));
        audit.record(caller.name(), "disclosure.edit", DisclosurePublisher.SUBJECT, String.valueOf(id), d.title());
    }

    public void submit(long id, long version) {
        DisclosureDocument d = editable(id, version);
        d.submit();
        audit.record(caller.name(), "disclosure.submit", DisclosurePublisher.SUBJECT, String.valueOf(id), null);
    }

    /** Adds a file to a draft after checking what it really is; images lose their metadata. */
    public DocumentAttachmentView attach(long id, String fileName, String declaredType, byte[] content) {
        DisclosureDocument d = access.document(id);
        access.requireEditorOf(d.bodyCode());
        if (d.status() != DocumentStatus.DRAFT) {
            throw new IllegalDocumentStep("只能给草稿添加附件", "Files can be added to a draft only");
        }
        DocumentFileCheck.Kind kind = DocumentFileCheck.inspect(fileName, declaredType, content, attachments.maxFileBytes());
        if (repository.attachments(id).size() >= MAX_ATTACHMENTS) {
            throw new Conflict("每个文件最多10个附件", "A document has at most 10 files");
        }
        StoredFile file;
        if (kind.image()) {
            CleanImage clean = attachments.cleanImage(fileName, kind.contentType(), content);
            file = new StoredFile(clean.mediaType(), clean.sha256(), clean.content());
        } else {
            file = new StoredFile(kind.contentType(), sha256(content), content);
        }
        String name = fileName.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        DocumentAttachment a = new DocumentAttachment(d.id(), name, file, caller.name(), clock.instant());
        repository.add(a);
        audit.record(caller.name(), "disclosure.attach", DisclosurePublisher.SUBJECT, String.valueOf(id),
                name + " " + file.sha256());
        return new DocumentAttachmentView(a.id(), name, file.contentType(), file.sizeBytes(), file.sha256());
    }

    /** A published document is amended, repealed, expires or is in force again; the replacement must be published. */
    public void changeValidity(long id, long version, String validity, Long replacementId) {
        DisclosureDocument d = access.document(id);
        access.requireEditorOf(d.bodyCode());
        Validity v = parse(validity);
        boolean replacementOk = replacementId == null || repository.document(replacementId)
                .filter(r -> r.status() == DocumentStatus.PUBLISHED).isPresent();
        new org.minsheng.shared.error.Validation()
                .require(!v.needsReplacement() || replacementId != null, "replacedById",
                        "已修改或已废止的文件须指明替代文件", "An amended or repealed document names its replacement")
                .require(replacementOk, "replacedById", "替代文件不存在或未发布",
                        "The replacing document does not exist or is not published")
                .throwIfInvalid();
        checkVersion(d, version);
        d.changeValidity(v, replacementId);
        audit.record(caller.name(), "disclosure.validity", DisclosurePublisher.SUBJECT, String.valueOf(id),
                v.name() + (replacementId == null ? "" : " → " + replacementId));
    }

    private static Validity parse(String validity) {
        for (Validity v : Validity.values()) {
            if (v.name().equals(validity)) {
                return v;
            }
        }
        throw new ValidationFailed(List.of(new FieldError("validity", "有效性应为有效、已修改、已废止或已失效",
                "Validity is one of VALID, AMENDED, REPEALED, EXPIRED")));
    }

    private DisclosureDocument editable(long id, long version) {
        DisclosureDocument d = access.document(id);
        access.requireEditorOf(d.bodyCode());
        checkVersion(d, version);
        return d;
    }

    static void checkVersion(DisclosureDocument d, long version) {
        if (d.version() != version) {
            throw new Conflict("文件已被他人修改，请刷新后重试", "Someone else changed the document; reload and try again");
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
