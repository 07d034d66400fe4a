package org.minsheng.disclosure.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.calendar.api.WorkingDays;
import org.minsheng.disclosure.api.DocumentDraft;
import org.minsheng.disclosure.domain.DisclosureBody;
import org.minsheng.disclosure.domain.DisclosureDocument;
import org.minsheng.disclosure.domain.DisclosureRepository;
import org.minsheng.disclosure.domain.DocumentContent;
import org.minsheng.disclosure.domain.IndexNumber;
import org.minsheng.disclosure.domain.Validity;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.security.Caller;
import org.minsheng.site.api.SiteDirectory;

/** The administrator's use cases: configure a body's disclosure settings; import an already published document. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DisclosureBodies {

    @Inject
    DisclosureRepository repository;

    @Inject
    DocumentRules rules;

    @Inject
    DisclosurePublisher publisher;

    @Inject
    WorkingDays calendar;

    @Inject
    SiteDirectory site;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    public void configure(String departmentCode, String organisationCode, String publisherZh, String publisherEn,
                          int reviewLevels) {
        new Validation()
                .require(site.department(departmentCode).isPresent(), "departmentCode", "没有这个单位",
                        "There is no such department")
                .require(organisationCode != null && IndexNumber.ORGANISATION_CODE.matcher(organisationCode).matches(),
                        "organisationCode", "组织机构代码应为6至18位数字或大写字母",
                        "The organisation code is 6 to 18 digits or capital letters")
                .text(publisherZh, "publisherZh", "发布机构", "Publisher", 100, true)
                .text(publisherEn, "publisherEn", "发布机构（英文）", "Publisher (English)", 200, true)
                .require(reviewLevels >= 1 && reviewLevels <= 5, "reviewLevels", "审核级数应为1至5",
                        "Review levels are 1 to 5")
                .throwIfInvalid();
        DisclosureBody body = repository.body(departmentCode).orElseGet(() -> {
            DisclosureBody b = new DisclosureBody(departmentCode);
            b.configure(organisationCode, publisherZh.strip(), publisherEn.strip(), reviewLevels);
            repository.addBody(b);
            return b;
        });
        body.configure(organisationCode, publisherZh.strip(), publisherEn.strip(), reviewLevels);
        audit.record(caller.name(), "disclosure.body", "disclosure-body", departmentCode,
                organisationCode + " levels " + reviewLevels);
    }

    /**
     * A document published before the platform (the demo catalogue, a migration): stored as
     * published at {@code publishedAt}, with its number, watch and search entry. Returns its id.
     */
    public long importPublished(DocumentDraft draft, Instant publishedAt) {
        DisclosureBody body = repository.body(draft.bodyCode()).orElseThrow(() -> new ValidationFailed(
                java.util.List.of(new FieldError("bodyCode", "没有这个信息公开主体", "There is no such disclosing body"))));
        DocumentContent content = rules.content(draft, body.publisherZh());
        DisclosureDocument d = new DisclosureDocument(body.departmentCode(), 1, content,
                calendar.addWorkingDays(content.madeOn(), DisclosureDrafting.PUBLICATION_LIMIT_DAYS), caller.name(),
                publishedAt);
        repository.add(d);
        d.submit();
        d.approve(caller.name(), publishedAt);
        publisher.publishAt(d, caller.name(), publishedAt);
        return d.id();
    }

    /** An imported document's validity (set once its replacement is imported too). */
    public void importValidity(long id, String validity, Long replacedById) {
        DisclosureDocument d = repository.document(id).orElseThrow();
        d.changeValidity(Validity.valueOf(validity), replacedById);
        audit.record(caller.name(), "disclosure.validity", DisclosurePublisher.SUBJECT, String.valueOf(id), validity);
    }

    /** A draft written on {@code createdAt} by {@code editor}, submitted for review when asked. Returns its id. */
    public long importDraft(DocumentDraft draft, String editor, java.time.Instant createdAt, boolean submit) {
        DisclosureBody body = repository.body(draft.bodyCode()).orElseThrow();
        DocumentContent content = rules.content(draft, body.publisherZh());
        DisclosureDocument d = new DisclosureDocument(body.departmentCode(), body.reviewLevels(), content,
                calendar.addWorkingDays(content.madeOn(), DisclosureDrafting.PUBLICATION_LIMIT_DAYS), editor,
                createdAt);
        repository.add(d);
        if (submit) {
            d.submit();
        }
        audit.record(caller.name(), "disclosure.draft", DisclosurePublisher.SUBJECT, String.valueOf(d.id()), d.title());
        return d.id();
    }
}
