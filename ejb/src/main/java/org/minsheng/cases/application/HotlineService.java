package org.minsheng.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.minsheng.cases.api.HotlineCallInput;
import org.minsheng.cases.api.HotlineCallView;
import org.minsheng.cases.api.HotlineReceipt;
import org.minsheng.cases.api.HotlineSuggestions;
import org.minsheng.cases.api.NewCase;
import org.minsheng.cases.api.Receipt;
import org.minsheng.cases.domain.CaseAnswered;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseMerged;
import org.minsheng.cases.domain.CaseReceived;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseType;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.HotlineCall;
import org.minsheng.cases.domain.HotlineRecords;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.cases.domain.TrackingNumber;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.notification.api.TextMessages;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.time.CityTime;

/**
 * Staff-entered intake (12345 热线, 来信, 来访): the call-taker's suggestions while typing, and the
 * case entered for the caller — registered like a resident's message (analysed, dispatched by the
 * same rules), merged into an open case it repeats (并单), or answered on the spot from the FAQ
 * (直接答复). The caller gets the receipt by SMS when a gateway is configured; otherwise the page
 * shows it to be read out.
 */
@Stateless
public class HotlineService {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Set<String> TYPES = Set.of("CONSULTATION", "COMPLAINT", "SUGGESTION", "HELP");

    private final SecureRandom random = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    HotlineRecords records;

    @Inject
    CaseAccess access;

    @Inject
    CaseSteps steps;

    @Inject
    CaseAnalyser analyser;

    @Inject
    TextMessages sms;

    @Inject
    Event<DomainEvent> events;

    @EJB
    CaseService registration;

    @EJB
    FaqService faq;

    /** Category, routes, open cases it may repeat and FAQ answers for what the caller said so far. */
    @RolesAllowed(Roles.CALL_TAKER)
    public HotlineSuggestions suggest(String title, String body) {
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        new Validation().require(!(t + b).isEmpty(), "body", "请先记录来电内容", "Write down what the caller said first")
                .text(t, "title", "标题", "Title", 50, false)
                .text(b, "body", "内容", "Message", 2000, false)
                .throwIfInvalid();
        CaseAnalysis analysis = analyser.analyse(t, b);
        List<HotlineSuggestions.Duplicate> duplicates = analyser.duplicatesOf(null, t, b).stream()
                .flatMap(d -> cases.byId(d.caseId()).stream()
                        .filter(c -> !CaseAccess.isConfidential(c) && c.isOpen())
                        .map(c -> new HotlineSuggestions.Duplicate(c.trackingNumber(), c.letter().title(),
                                c.status().labelZh(), c.status().labelEn(), d.score())))
                .limit(5).toList();
        return new HotlineSuggestions(analysis.category(), analysis.suggestions(), duplicates,
                faq.similarTo((t + " " + b).strip(), 3));
    }

    /** Enters the call as a case and tells the caller its receipt. */
    @RolesAllowed(Roles.CALL_TAKER)
    public HotlineReceipt take(HotlineCallInput in) {
        validate(in);
        StaffPrincipal me = access.me();
        Instant now = clock.instant();
        boolean anonymous = Boolean.TRUE.equals(in.anonymous());
        String name = anonymous ? null : Inputs.blankToNull(in.callerName());
        String mobile = anonymous ? null : Inputs.blankToNull(in.callerMobile());
        String answer = Inputs.blankToNull(in.answerOnTheSpot());
        CaseFile c = answer == null
                ? registered(in, name, mobile)
                : answeredOnTheSpot(in, name, mobile, answer, me, now);
        String mergedInto = null;
        if (Inputs.blankToNull(in.mergeWith()) != null) {
            mergedInto = merge(c, in.mergeWith().strip(), me, now);
        }
        HotlineCall call = new HotlineCall(c.id(), me.username(), now, anonymous, answer != null);
        String text = "【民声】您反映的事项已受理，受理编号" + c.trackingNumber() + "，查询码" + c.queryCode()
                + (answer == null ? "，可凭编号和查询码查询办理进展。" : "，已当场答复。");
        if (mobile != null && sms.send(mobile, text)) {
            call.receiptSentBySms();
        }
        records.add(call);
        steps.recorded(c, now, me.username(), StepKind.NOTE, Channel.valueOf(in.channel()).labelZh() + "，话务员录入",
                "case.hotline.take", in.channel() + (anonymous ? " anonymous" : "") + (answer != null ? " on-the-spot" : "")
                        + (call.receiptBySms() ? " sms" : ""));
        return new HotlineReceipt(c.trackingNumber(), c.queryCode(), call.receiptBySms(), c.status().name(),
                c.status().labelZh(), c.status().labelEn(), mergedInto);
    }

    /** The call-taker's own recent calls, newest first. */
    @RolesAllowed(Roles.CALL_TAKER)
    public List<HotlineCallView> myRecentCalls() {
        return records.takenBy(access.me().username(), 20).stream()
                .flatMap(h -> cases.byId(h.caseId()).stream().map(c -> new HotlineCallView(c.id(), c.trackingNumber(),
                        c.channel().labelZh(), c.channel().labelEn(), c.letter().title(), c.status().labelZh(),
                        c.status().labelEn(), h.takenAt(), h.anonymous(), h.answeredOnTheSpot(), h.receiptBySms())))
                .toList();
    }

    private CaseFile registered(HotlineCallInput in, String name, String mobile) {
        Receipt receipt = registration.register(new NewCase(in.channel(), null, in.title().strip(), in.body().strip(),
                name, mobile, false, in.caseType()));
        return cases.byTrackingNumber(receipt.trackingNumber()).orElseThrow();
    }

    private CaseFile answeredOnTheSpot(HotlineCallInput in, String name, String mobile, String answer,
                                       StaffPrincipal me, Instant now) {
        Channel channel = Channel.valueOf(in.channel());
        String number = TrackingNumber.of(now.atZone(CityTime.ZONE).toLocalDate(), cases.nextTrackingSequence());
        CaseFile c = new CaseFile(UUID.randomUUID().toString(), number, TrackingNumber.newQueryCode(random), channel,
                null, in.title().strip(), in.body().strip(), name, mobile, false, CaseType.CONSULTATION, now);
        c.answerOnTheSpot(answer, me.displayName(), now);
        cases.add(c);
        steps.recorded(c, now, me.username(), StepKind.REGISTERED, null, "case.register",
                c.trackingNumber() + " " + channel.name());
        steps.recorded(c, now, me.username(), StepKind.ANSWERED_ON_THE_SPOT, null, "case.answer-on-the-spot", null);
        events.fire(CaseReceived.of(c, now));
        events.fire(new CaseAnswered(c.id(), null, false, 0, now, 0, true));
        return c;
    }

    private String merge(CaseFile c, String masterNumber, StaffPrincipal me, Instant now) {
        CaseFile master = cases.byTrackingNumber(masterNumber)
                .filter(m -> access.mayMerge(c, m) && m.isOpen())
                .orElseThrow(() -> new NotFound("没有找到可并入的主件", "No open case with that tracking number"));
        c.mergeInto(master);
        analyser.forget(c.id());
        steps.note(master.id(), now, me.username(), StepKind.NOTE, "并入 " + c.trackingNumber());
        steps.recorded(c, now, me.username(), StepKind.MERGED, master.trackingNumber(), "case.merge",
                master.trackingNumber());
        events.fire(new CaseMerged(c.id(), master.id(), now));
        return master.trackingNumber();
    }

    private static void validate(HotlineCallInput in) {
        Validation v = new Validation();
        if (in == null) {
            v.require(false, "body", "请求内容为空", "The request has no content").throwIfInvalid();
            return;
        }
        boolean anonymous = Boolean.TRUE.equals(in.anonymous());
        String answer = Inputs.blankToNull(in.answerOnTheSpot());
        v.require(in.channel() != null && Channel.STAFF_ENTERED.stream().anyMatch(c -> c.name().equals(in.channel())),
                        "channel", "请选择来源渠道（电话、来信、来访或12345热线）",
                        "Choose the channel (phone, letter, visit or the 12345 hotline)")
                .require(in.caseType() != null && TYPES.contains(in.caseType()), "caseType",
                        "请选择诉求类型（咨询、投诉、建议或求助）",
                        "Choose the kind of request (consultation, complaint, suggestion or help)")
                .text(in.title(), "title", "标题", "Title", 50, true)
                .text(in.body(), "body", "来电内容", "What the caller said", 2000, true)
                .text(answer, "answerOnTheSpot", "直接答复内容", "Answer given", 4000, false)
                .require(answer == null || "CONSULTATION".equals(in.caseType()), "answerOnTheSpot",
                        "只有咨询类诉求可以直接答复", "Only a consultation can be answered on the spot")
                .require(answer == null || Inputs.blankToNull(in.mergeWith()) == null, "mergeWith",
                        "直接答复的来电不再并单", "A call answered on the spot is not merged")
                .require(Inputs.blankToNull(in.mergeWith()) == null || TrackingNumber.isWellFormed(in.mergeWith().strip()),
                        "mergeWith", "主件受理编号格式不正确", "Not a tracking number");
        if (!anonymous) {
            v.text(in.callerName(), "callerName", "来电人姓名", "Caller's name", 20, false);
            String mobile = Inputs.blankToNull(in.callerMobile());
            v.require(mobile == null || MOBILE.matcher(mobile).matches(), "callerMobile",
                    "手机号码应为11位数字，以1开头", "Mobile number must be 11 digits starting with 1");
        }
        v.throwIfInvalid();
    }
}
