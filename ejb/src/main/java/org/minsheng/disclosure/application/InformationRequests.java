package org.minsheng.disclosure.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.disclosure.api.RequestForm;
import org.minsheng.disclosure.api.RequestReceipt;
import org.minsheng.disclosure.api.RequestView;
import org.minsheng.disclosure.domain.DeliveryForm;
import org.minsheng.disclosure.domain.DisclosureBody;
import org.minsheng.disclosure.domain.DisclosureRepository;
import org.minsheng.disclosure.domain.FeeSchedule;
import org.minsheng.disclosure.domain.InformationRequest;
import org.minsheng.disclosure.domain.InformationRequestRepository;
import org.minsheng.disclosure.domain.RequestApplicant;
import org.minsheng.disclosure.domain.RequestStatus;
import org.minsheng.disclosure.domain.Workdays;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.security.Caller;

/**
 * The applicant's use cases (依申请公开): apply (signed in to a resident account or not), follow the
 * application with its number and query code, complete it when asked, read the answer letter.
 */
@Stateless
@PermitAll
public class InformationRequests {

    static final String SUBJECT = "disclosure-request";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern PERSON_ID = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-]{7,20}");

    @Inject
    InformationRequestRepository requests;

    @Inject
    DisclosureRepository bodies;

    @Inject
    RequestViews views;

    @Inject
    Workdays work;

    @Inject
    AnswerLetters letters;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public RequestReceipt apply(RequestForm f) {
        String id = f.idNumber() == null ? "" : f.idNumber().strip().toUpperCase(Locale.ROOT);
        boolean organisation = Boolean.TRUE.equals(f.organisation());
        DeliveryForm delivery = java.util.Arrays.stream(DeliveryForm.values())
                .filter(d -> d.name().equals(f.delivery())).findFirst().orElse(null);
        new Validation()
                .require(f.bodyCode() != null && bodies.body(f.bodyCode()).isPresent(), "bodyCode",
                        "没有这个信息公开主体", "There is no such disclosing body")
                .text(f.applicantName(), "applicantName", organisation ? "单位名称" : "姓名",
                        organisation ? "Organisation" : "Name", 100, true)
                .require((organisation ? CREDIT_CODE : PERSON_ID).matcher(id).matches(), "idNumber",
                        organisation ? "请填写18位统一社会信用代码" : "请填写18位居民身份证号码",
                        organisation ? "Enter the 18-character unified social credit code"
                                : "Enter the 18-character resident ID number")
                .require(f.phone() != null && PHONE.matcher(f.phone().strip()).matches(), "phone",
                        "请填写联系电话", "Enter a telephone number")
                .text(f.email(), "email", "电子邮箱", "E-mail", 100, delivery == DeliveryForm.EMAIL)
                .require(f.email() == null || f.email().isBlank() || f.email().contains("@"), "email",
                        "电子邮箱格式不正确", "The e-mail address is not valid")
                .text(f.address(), "address", "通信地址", "Address", 200, delivery == DeliveryForm.PAPER)
                .text(f.description(), "description", "所需信息的描述", "Information wanted", 2000, true)
                .require(delivery != null, "delivery", "请选择获取信息的方式", "Choose how to receive the information")
                .throwIfInvalid();
        DisclosureBody body = bodies.lockBody(f.bodyCode()).orElseThrow();
        LocalDate today = views.today();
        String number = body.departmentCode() + "-" + today.getYear() + "-"
                + String.format(Locale.ROOT, "%05d", requests.countOfBodyInYear(body.departmentCode(), today.getYear()) + 1);
        int nth = (int) requests.countByApplicantSince(id, today.withDayOfMonth(1)) + 1;
        String account = caller.isInRole(Roles.RESIDENT) ? caller.name() : null;
        InformationRequest r = new InformationRequest(number, queryCode(), body.departmentCode(),
                new RequestApplicant(organisation, f.applicantName().strip(), id, f.phone().strip(),
                        blankToNull(f.email()), blankToNull(f.address())),
                f.description().strip(), delivery, account, today, FeeSchedule.feeFor(nth), clock.instant());
        requests.add(r);
        audit.record(account == null ? AuditTrail.ANONYMOUS : account, "disclosure.request.receive", SUBJECT, number,
                "fee " + r.feeYuan());
        return new RequestReceipt(number, r.queryCode(), r.dueOn(work), r.feeYuan());
    }

    public RequestView lookup(String number, String queryCode) {
        return views.view(owned(number, queryCode));
    }

    /** The applicant completes the application as asked; the answer's clock starts again today. */
    public RequestView complete(String number, String queryCode, String supplement) {
        new Validation().text(supplement, "supplement", "补正内容", "Completion", 2000, true).throwIfInvalid();
        InformationRequest r = owned(number, queryCode);
        r.complete(supplement.strip(), views.today());
        audit.record(r.account() == null ? AuditTrail.ANONYMOUS : r.account(), "disclosure.request.complete", SUBJECT,
                number, null);
        return views.view(r);
    }

    /** The answer letter (PDF) of an answered application. */
    public byte[] letter(String number, String queryCode) {
        InformationRequest r = owned(number, queryCode);
        if (r.status() != RequestStatus.ANSWERED) {
            throw new NotFound("申请尚未答复", "The application is not answered yet");
        }
        String publisher = bodies.body(r.bodyCode()).map(DisclosureBody::publisherZh).orElse(r.bodyCode());
        return letters.letter(r, publisher);
    }

    @RolesAllowed(Roles.RESIDENT)
    public List<RequestView> mine() {
        return requests.ofAccount(caller.name()).stream().map(views::view).toList();
    }

    private InformationRequest owned(String number, String queryCode) {
        return requests.byNumber(number == null ? "" : number.strip())
                .filter(r -> r.queryCode().equals(queryCode == null ? "" : queryCode.strip()))
                .orElseThrow(() -> new NotFound("申请编号或查询码不正确", "Wrong application number or query code"));
    }

    private static String queryCode() {
        return String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
