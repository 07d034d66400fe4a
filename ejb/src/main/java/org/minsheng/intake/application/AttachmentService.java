package org.minsheng.intake.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.CaseIntake;
import org.minsheng.identity.api.Roles;
import org.minsheng.intake.api.AttachmentContent;
import org.minsheng.intake.api.AttachmentInfo;
import org.minsheng.intake.api.AttachmentUpload;
import org.minsheng.intake.api.Attachments;
import org.minsheng.intake.api.CleanImage;
import org.minsheng.intake.domain.Attachment;
import org.minsheng.intake.domain.AttachmentAdded;
import org.minsheng.intake.domain.AttachmentInspector;
import org.minsheng.intake.domain.AttachmentRepository;
import org.minsheng.intake.domain.AttachmentSummary;
import org.minsheng.intake.domain.AttachmentType;
import org.minsheng.intake.domain.InspectedFile;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.UnsupportedType;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.files.StoredFile;

/**
 * Files attached to cases (补充材料): residents add them with their tracking number and query code,
 * staff with the cases they may see. Every upload and every staff download leaves an audit record.
 */
@Stateless
@Local(Attachments.class)
public class AttachmentService implements Attachments {

    @Inject
    Clock clock;

    @Inject
    AttachmentRepository attachments;

    @Inject
    CaseIntake cases;

    @Inject
    AuditTrail audit;

    @Inject
    Event<DomainEvent> events;

    @Inject
    @ConfigProperty(name = MAX_BYTES_PROPERTY)
    Optional<Long> configuredMaxBytes;

    @Resource
    SessionContext session;

    @Override
    @PermitAll
    public long maxFileBytes() {
        return configuredMaxBytes.filter(max -> max > 0).orElse(DEFAULT_MAX_BYTES);
    }

    @Override
    @PermitAll
    public CleanImage cleanImage(String fileName, String declaredType, byte[] content) {
        InspectedFile file = new AttachmentInspector(maxFileBytes()).inspect(fileName, declaredType, content);
        if (file.type() == AttachmentType.PDF) {
            throw new UnsupportedType("只接受 JPEG、PNG 图片（收到的是 PDF 文件）",
                    "Only JPEG or PNG images are accepted (this is a PDF file)");
        }
        return new CleanImage(file.type().mediaType(), file.content(), file.sha256());
    }

    @Override
    @PermitAll
    public AttachmentUpload attachByResident(String trackingNumber, String queryCode, String fileName,
                                             String declaredType, byte[] content) {
        CaseDetails caseFile = residentsCase(trackingNumber, queryCode);
        return attach(caseFile, Attachment.RESIDENT, fileName, declaredType, content, false);
    }

    @Override
    @RolesAllowed({Roles.HANDLER, Roles.DISPATCHER, Roles.REVIEWER, Roles.ADMIN, Roles.DISCIPLINE})
    public AttachmentUpload attachByStaff(String caseId, String fileName, String declaredType, byte[] content) {
        CaseDetails caseFile = cases.forStaffFileAccess(caseId);
        return attach(caseFile, callerName(), fileName, declaredType, content, true);
    }

    @Override
    @PermitAll
    public List<AttachmentInfo> listForResident(String trackingNumber, String queryCode) {
        CaseDetails caseFile = residentsCase(trackingNumber, queryCode);
        return attachments.summariesOf(caseFile.id()).stream().map(a -> info(a, false)).toList();
    }

    @Override
    @RolesAllowed({Roles.HANDLER, Roles.DISPATCHER, Roles.REVIEWER, Roles.ADMIN, Roles.DISCIPLINE})
    public List<AttachmentInfo> listForStaff(String caseId) {
        CaseDetails caseFile = cases.forStaffFileAccess(caseId);
        return attachments.summariesOf(caseFile.id()).stream().map(a -> info(a, true)).toList();
    }

    @Override
    @PermitAll
    public AttachmentContent downloadForResident(String trackingNumber, String queryCode, String attachmentId) {
        CaseDetails caseFile = residentsCase(trackingNumber, queryCode);
        Attachment attachment = attachments.byId(caseFile.id(), attachmentId).orElseThrow(AttachmentService::noSuchFile);
        return new AttachmentContent(info(attachment.summary(), false), attachment.file().content());
    }

    /** Staff downloads are audited: the files may hold residents' personal data. */
    @Override
    @RolesAllowed({Roles.HANDLER, Roles.DISPATCHER, Roles.REVIEWER, Roles.ADMIN, Roles.DISCIPLINE})
    public AttachmentContent downloadForStaff(String caseId, String attachmentId) {
        CaseDetails caseFile = cases.forStaffFileAccess(caseId);
        Attachment attachment = attachments.byId(caseFile.id(), attachmentId).orElseThrow(AttachmentService::noSuchFile);
        audit.record(callerName(), "attachment.download", "case", caseFile.id(),
                attachment.id() + " " + attachment.fileName());
        return new AttachmentContent(info(attachment.summary(), true), attachment.file().content());
    }

    private AttachmentUpload attach(CaseDetails caseFile, String actor, String fileName, String declaredType,
                                    byte[] content, boolean staffView) {
        if ("CLOSED".equals(caseFile.status()) || "NOT_ACCEPTED".equals(caseFile.status())) {
            throw new Conflict("该件已办结或不予受理，不能再添加附件", "The case is closed; no more files can be added");
        }
        InspectedFile file = new AttachmentInspector(maxFileBytes()).inspect(fileName, declaredType, content);
        Optional<AttachmentSummary> same = attachments.byHash(caseFile.id(), file.sha256());
        if (same.isPresent()) {
            audit.record(actor, "attachment.repeat", "case", caseFile.id(), same.get().id() + " sha256 " + file.sha256());
            return new AttachmentUpload(info(same.get(), staffView), true);
        }
        List<AttachmentSummary> existing = attachments.summariesOf(caseFile.id());
        if (existing.size() >= Attachment.MAX_PER_CASE) {
            throw new ValidationFailed(List.of(new FieldError("file",
                    "每件最多上传 " + Attachment.MAX_PER_CASE + " 个附件",
                    "At most " + Attachment.MAX_PER_CASE + " files can be attached to a case")));
        }
        int slot = existing.stream().mapToInt(AttachmentSummary::slot).max().orElse(0) + 1;
        Instant now = clock.instant();
        Attachment attachment = new Attachment(UUID.randomUUID().toString(), caseFile.id(), slot, file, actor, now);
        try {
            attachments.add(attachment);
        } catch (PersistenceException e) {
            // Another upload to this case took the same slot (or stored the same file) a moment earlier.
            throw new Conflict("同时有其他附件上传，请重试", "Another file was attached at the same moment; try again");
        }
        audit.record(actor, "attachment.add", "case", caseFile.id(), attachment.id() + " " + file.type().mediaType()
                + " " + attachment.file().sizeBytes() + " B sha256 " + file.sha256() + " " + file.fileName());
        StoredFile stored = attachment.file();
        events.fire(new AttachmentAdded(caseFile.id(), attachment.id(), stored.contentType(), stored.sizeBytes(),
                stored.sha256(), attachment.byResident(), now));
        return new AttachmentUpload(info(attachment.summary(), staffView), false);
    }

    /** The same answer for an unknown number and a wrong code; wrong codes are counted by the look-up. */
    private CaseDetails residentsCase(String trackingNumber, String queryCode) {
        return cases.lookup(trim(trackingNumber), trim(queryCode))
                .orElseThrow(() -> new NotFound("查询编号或查询码不正确", "Tracking number or query code is wrong"));
    }

    private String callerName() {
        return session.getCallerPrincipal().getName();
    }

    private static AttachmentInfo info(AttachmentSummary a, boolean staffView) {
        return new AttachmentInfo(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(), a.uploadedAt(),
                a.byResident(), staffView && !a.byResident() ? a.uploadedBy() : null);
    }

    private static NotFound noSuchFile() {
        return new NotFound("没有找到该附件", "No such attachment");
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
