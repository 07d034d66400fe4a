package org.minsheng.disclosure.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.disclosure.api.RequestAnswer;
import org.minsheng.disclosure.api.RequestView;
import org.minsheng.disclosure.domain.AnswerType;
import org.minsheng.disclosure.domain.InformationRequest;
import org.minsheng.disclosure.domain.InformationRequestRepository;
import org.minsheng.disclosure.domain.LegalReason;
import org.minsheng.disclosure.domain.Workdays;
import org.minsheng.identity.api.Roles;
import org.minsheng.notification.api.Notifier;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.security.Caller;

/**
 * The body's handling of applications: its editors ask once for completion, consult a third party
 * and answer; its head approves the one extension. Every step is audited and checked against the
 * version seen.
 */
@Stateless
@RolesAllowed(Roles.EDITOR)
public class RequestHandling {

    static final int QUEUE = 200;

    @Inject
    InformationRequestRepository requests;

    @Inject
    DisclosureAccess access;

    @Inject
    RequestViews views;

    @Inject
    Workdays work;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.EDITOR, Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<RequestView> queue() {
        return requests.ofBody(access.visibleBody(), QUEUE).stream().map(views::view).toList();
    }

    @RolesAllowed({Roles.EDITOR, Roles.DEPT_ADMIN, Roles.ADMIN})
    public RequestView request(String number) {
        return views.view(visible(number));
    }

    public RequestView requestCompletion(String number, long version, String note) {
        new Validation().text(note, "note", "补正说明", "What to complete", 1000, true).throwIfInvalid();
        InformationRequest r = editable(number, version);
        r.requestCompletion(note.strip(), views.today(), work);
        return step(r, "disclosure.request.completion", note);
    }

    public RequestView startConsultation(String number, long version, String party) {
        new Validation().text(party, "party", "第三方", "Third party", 200, true).throwIfInvalid();
        InformationRequest r = editable(number, version);
        r.startConsultation(party.strip(), views.today());
        return step(r, "disclosure.request.consult", party);
    }

    public RequestView endConsultation(String number, long version) {
        InformationRequest r = editable(number, version);
        r.endConsultation(views.today(), work);
        return step(r, "disclosure.request.consulted", r.clock().pausedDays() + " working days paused");
    }

    public RequestView answer(String number, RequestAnswer a) {
        AnswerType type = parse(AnswerType.values(), a.type());
        LegalReason reason = a.reason() == null || a.reason().isBlank() ? null : parse(LegalReason.values(), a.reason());
        new Validation()
                .require(type != null, "type", "请选择答复类型", "Choose the kind of answer")
                .require(a.reason() == null || a.reason().isBlank() || reason != null, "reason",
                        "没有这个法定理由", "No such legal reason")
                .text(a.text(), "text", "答复内容", "Answer", 4000, false)
                .text(a.location(), "location", "获取途径", "Where", 300, false)
                .text(a.otherBody(), "otherBody", "负责机关", "Responsible body", 100, false)
                .throwIfInvalid();
        InformationRequest r = editable(number, a.version() == null ? -1 : a.version());
        r.answer(new InformationRequest.Answer(type, reason, trim(a.text()), trim(a.location()), trim(a.otherBody())),
                caller.name(), views.today());
        return step(r, "disclosure.request.answer", type.name() + (reason == null ? "" : " " + reason.name()));
    }

    @RolesAllowed(Roles.DEPT_ADMIN)
    public RequestView extend(String number, long version, int days, String reason) {
        new Validation().text(reason, "reason", "延期理由", "Reason", 500, true).throwIfInvalid();
        InformationRequest r = editable(number, version);
        r.extend(days, reason.strip(), caller.name());
        return step(r, "disclosure.request.extend", days + " " + reason);
    }

    private RequestView step(InformationRequest r, String action, String detail) {
        audit.record(caller.name(), action, InformationRequests.SUBJECT, r.number(), detail);
        return views.view(r);
    }

    private InformationRequest visible(String number) {
        InformationRequest r = requests.byNumber(number)
                .orElseThrow(() -> new NotFound("没有这个申请", "No such application"));
        String body = access.visibleBody();
        if (body != null && !body.equals(r.bodyCode())) {
            throw new NotFound("没有这个申请", "No such application");
        }
        return r;
    }

    private InformationRequest editable(String number, long version) {
        InformationRequest r = visible(number);
        if (!r.bodyCode().equals(access.department())) {
            throw new Forbidden("只能办理本单位的申请", "You can handle only your own body's applications");
        }
        if (r.version() != version) {
            throw new Conflict("申请已被他人处理，请刷新后重试", "Someone else changed the application; reload and try again");
        }
        return r;
    }

    private static <E extends Enum<E>> E parse(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
