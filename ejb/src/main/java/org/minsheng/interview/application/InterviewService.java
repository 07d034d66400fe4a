package org.minsheng.interview.application;

import org.minsheng.identity.api.Roles;
import org.minsheng.shared.time.CityTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.CaseIntake;
import org.minsheng.cases.api.NewCase;
import org.minsheng.cases.api.Receipt;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.interview.api.AskReceipt;
import org.minsheng.intake.api.Attachments;
import org.minsheng.intake.api.CleanImage;
import org.minsheng.interview.api.FollowUpView;
import org.minsheng.interview.api.ImageContent;
import org.minsheng.interview.api.ImageUpload;
import org.minsheng.interview.api.ImageView;
import org.minsheng.interview.api.GuestView;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.api.QuestionView;
import org.minsheng.interview.api.TranscriptView;
import org.minsheng.interview.domain.Guest;
import org.minsheng.interview.domain.IllegalQuestionTransition;
import org.minsheng.interview.domain.Interview;
import org.minsheng.interview.domain.InterviewFinished;
import org.minsheng.interview.domain.InterviewImage;
import org.minsheng.interview.domain.InterviewPost;
import org.minsheng.interview.domain.InterviewRepository;
import org.minsheng.interview.domain.InterviewStarted;
import org.minsheng.interview.domain.InterviewStatus;
import org.minsheng.interview.domain.PostKind;
import org.minsheng.interview.domain.Question;
import org.minsheng.interview.domain.QuestionAnswered;
import org.minsheng.interview.domain.QuestionApproved;
import org.minsheng.interview.domain.QuestionAsked;
import org.minsheng.interview.domain.QuestionEdited;
import org.minsheng.interview.domain.QuestionMerged;
import org.minsheng.interview.domain.QuestionReferred;
import org.minsheng.interview.domain.QuestionRejected;
import org.minsheng.interview.domain.QuestionStatus;
import org.minsheng.nlp.api.ModerationDecision;
import org.minsheng.nlp.api.ModerationHit;
import org.minsheng.nlp.api.ModerationReport;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.calendar.api.WorkingDays;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.TooManyRequests;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.site.api.SiteDirectory;

/**
 * The interview's use cases. Every post is numbered under the interview's row lock, stored, and
 * written to the outbox in the same transaction (through the fired event), so what viewers see
 * is always in the database first and in the same order on every node.
 */
@Stateless
public class InterviewService {
    /** Follow-up cases are due this many working days after the interview. */
    public static final int FOLLOW_UP_WORKING_DAYS = 5;
    private static final int HISTORY_PAGE_MAX = 1000;
    private static final Pattern VIEWER_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final String HOST_TITLE = "主持人";
    /** Where uploaded interview images are served: the path followed by the image's id. */
    public static final String IMAGE_PATH = "/api/interviews/images/";

    @Inject
    Clock clock;

    @Inject
    InterviewRepository interviews;

    @Inject
    AuditTrail audit;

    @Inject
    StaffDirectory staff;

    @Inject
    CaseIntake cases;

    @Inject
    TextInsightsFacade insights;

    @Inject
    QuestionGate gate;

    @Inject
    Attachments attachments;

    @Inject
    SiteDirectory site;

    @Inject
    WorkingDays workingDays;

    @Inject
    Event<DomainEvent> events;

    @Resource
    SessionContext session;

    /** A new interview as announced (预告). */
    public record NewInterview(String title, String introduction, String departmentCode, Instant scheduledAt,
                               List<GuestView> guests, List<String> guestUsernames) {
    }

    // ---- public side -------------------------------------------------------------------------

    @PermitAll
    public List<InterviewView> list() {
        return interviews.all(200).stream().map(InterviewService::view).toList();
    }

    @PermitAll
    public InterviewView interview(String id) {
        return view(find(id));
    }

    /** Posts numbered above {@code after}, in order: late joiners and reconnecting viewers catch up here. */
    @PermitAll
    public List<PostView> history(String id, long after, int limit) {
        find(id);
        int size = Math.max(1, Math.min(limit, HISTORY_PAGE_MAX));
        return interviews.postsAfter(id, Math.max(0, after), size).stream().map(InterviewService::view).toList();
    }

    @PermitAll
    public AskReceipt ask(String id, String viewerId, String nickname, String text) {
        String name = nickname == null || nickname.isBlank() ? "网友" : nickname.strip();
        new Validation()
                .require(viewerId != null && VIEWER_ID.matcher(viewerId).matches(), "viewerId",
                        "访客标识无效，请刷新页面", "Invalid viewer id; reload the page")
                .text(name, "nickname", "昵称", "Nickname", 20, false)
                .text(text, "text", "问题", "Question", 300, true)
                .throwIfInvalid();
        Interview interview = find(id);
        if (!interview.acceptsQuestions()) {
            throw new Conflict("访谈已结束，不再接受提问", "The interview has ended; questions are closed");
        }
        Instant now = clock.instant();
        if (!gate.admit(viewerId, now)) {
            throw new TooManyRequests("提问太频繁，请10秒后再试", "Too many questions; wait 10 seconds");
        }
        ModerationReport report = insights.moderate(text);
        boolean held = report.decision() == ModerationDecision.HOLD_FOR_REVIEW;
        String note = held ? report.hits().stream().map(ModerationHit::word).distinct()
                .collect(Collectors.joining("、", "敏感词：", "")) : null;
        Question question = new Question(UUID.randomUUID().toString(), id, viewerId, name, text.strip(), held,
                note == null ? null : truncate(note, 500), now);
        interviews.add(question);
        audit.record(AuditTrail.ANONYMOUS, "interview.question.ask", "interview-question", question.id(),
                id + (held ? " held" : ""));
        events.fire(new QuestionAsked(id, question.id(), held, now));
        return new AskReceipt(question.id(), question.status().name(), held);
    }

    @PermitAll
    public TranscriptView transcript(String id) {
        Interview interview = find(id);
        List<PostView> posts = new ArrayList<>();
        long after = 0;
        for (List<InterviewPost> page = interviews.postsAfter(id, after, HISTORY_PAGE_MAX); !page.isEmpty();
             page = interviews.postsAfter(id, after, HISTORY_PAGE_MAX)) {
            page.stream().map(InterviewService::view).forEach(posts::add);
            after = page.get(page.size() - 1).sequence();
        }
        List<FollowUpView> followUps = interviews.questions(id, List.of(QuestionStatus.APPROVED), 500).stream()
                .filter(q -> q.caseTrackingNumber() != null)
                .map(q -> {
                    Optional<CaseDetails> c = cases.lookup(q.caseTrackingNumber(), q.caseQueryCode());
                    return new FollowUpView(q.id(), q.nickname(), q.body(), q.caseTrackingNumber(),
                            c.map(CaseDetails::departmentCode).orElse(interview.departmentCode()), q.caseDue(),
                            c.map(CaseDetails::reply).orElse(null), c.map(CaseDetails::answeredAt).orElse(null));
                })
                .toList();
        return new TranscriptView(view(interview), posts, followUps);
    }

    /**
     * Records this node's live viewer counts and returns every node's total per interview (nodes
     * not heard from for 10 s are left out). Called by the web layer's fan-out every few seconds.
     */
    @PermitAll
    public Map<String, Long> reportViewers(String node, Map<String, Integer> counts) {
        Instant now = clock.instant();
        return interviews.reportViewers(node, counts, now, now.minusSeconds(10));
    }

    // ---- staff side --------------------------------------------------------------------------

    @RolesAllowed(Roles.ADMIN)
    public String announce(NewInterview spec) {
        return announce(spec, List.of());
    }

    /**
     * Announces an interview whose guests may have photos, uploaded here ({@code photos[i]} for
     * guest i, or null): everything is checked first, so nothing is stored when any part is refused.
     */
    @RolesAllowed(Roles.ADMIN)
    public String announce(NewInterview spec, List<ImageUpload> photos) {
        Validation check = new Validation()
                .text(spec.title(), "title", "访谈主题", "Topic", 100, true)
                .text(spec.introduction(), "introduction", "访谈简介", "Introduction", 2000, true)
                .require(spec.departmentCode() != null && site.department(spec.departmentCode()).isPresent(),
                        "departmentCode", "请选择部门", "Choose a department")
                .require(spec.scheduledAt() != null, "scheduledAt", "请填写访谈时间", "Time is required")
                .require(spec.guests() != null && !spec.guests().isEmpty(), "guests", "至少一位嘉宾",
                        "At least one guest");
        List<GuestView> specGuests = spec.guests() == null ? List.of() : spec.guests();
        for (int i = 0; i < specGuests.size(); i++) {
            GuestView g = specGuests.get(i);
            String n = "guest-" + (i + 1) + "-";
            String which = "嘉宾" + (i + 1);
            String whichEn = "Guest " + (i + 1);
            String username = username(spec, i);
            check.text(g.name(), n + "name", which + "姓名", whichEn + " name", 40, true)
                    .text(g.title(), n + "title", which + "职务", whichEn + " title", 200, true)
                    .text(g.titleEn(), n + "titleEn", which + "英文职务", whichEn + " title in English", 200, false)
                    .require(username == null || staff.find(username).filter(p -> p.hasRole(Roles.GUEST)).isPresent(),
                            n + "username", which + "的账号不存在或不是嘉宾账号",
                            whichEn + ": no such account with the guest role");
        }
        check.throwIfInvalid();
        List<Guest> guests = new ArrayList<>();
        for (int i = 0; i < specGuests.size(); i++) {
            GuestView g = specGuests.get(i);
            ImageUpload photo = i < photos.size() ? photos.get(i) : null;
            String photoUrl = photo == null ? g.photoUrl()
                    : uploadImage(null, photo.fileName(), photo.declaredType(), photo.content()).url();
            guests.add(new Guest(g.name().strip(), g.title().strip(),
                    g.titleEn() == null || g.titleEn().isBlank() ? g.title().strip() : g.titleEn().strip(),
                    photoUrl, username(spec, i)));
        }
        Interview interview = new Interview(UUID.randomUUID().toString(), spec.title(), spec.introduction(),
                spec.departmentCode(), spec.scheduledAt(), guests);
        interviews.add(interview);
        audit.record(callerName(), "interview.announce", "interview", interview.id(), spec.title());
        return interview.id();
    }

    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    public InterviewView start(String id) {
        Interview interview = locked(id);
        Instant now = clock.instant();
        if (interview.status() != InterviewStatus.ANNOUNCED) {
            throw new Conflict("只有预告中的访谈可以开始", "Only an announced interview can start");
        }
        interview.start(now);
        publish(interview, PostKind.NOTICE, HOST_TITLE, null, "访谈开始 / The interview has started", null, null,
                null, null, now);
        audit.record(callerName(), "interview.start", "interview", id, null);
        events.fire(new InterviewStarted(id, interview.title(), now));
        return view(interview);
    }

    /**
     * Ends the interview with its summary; approved questions not answered on air become cases of
     * the interview's department, due in five working days.
     */
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    public InterviewView finish(String id, String summary) {
        new Validation().text(summary, "summary", "访谈摘要", "Summary", 4000, true).throwIfInvalid();
        Interview interview = locked(id);
        if (interview.status() != InterviewStatus.LIVE) {
            throw new Conflict("只有直播中的访谈可以结束", "Only a live interview can be finished");
        }
        Instant now = clock.instant();
        String actor = callerName();
        interview.finish(summary.strip(), now);
        publish(interview, PostKind.NOTICE, HOST_TITLE, null, "访谈结束 / The interview has ended", null, null, null,
                null, now);
        LocalDate due = workingDays.addWorkingDays(now.atZone(CityTime.ZONE).toLocalDate(), FOLLOW_UP_WORKING_DAYS);
        int referred = 0;
        for (Question q : interviews.questions(id, List.of(QuestionStatus.APPROVED), 500)) {
            if (!q.needsFollowUp()) {
                continue;
            }
            String title = truncate("在线访谈未答复问题：" + interview.title(), 50);
            Receipt receipt = cases.referToDepartment(new NewCase("INTERVIEW", null, title, q.body(), q.nickname(),
                    null, true, null), interview.departmentCode(), "在线访谈未现场答复 / interview question not answered on air");
            q.referredAsCase(receipt.trackingNumber(), receipt.queryCode(), due);
            audit.record(actor, "interview.question.refer", "interview-question", q.id(),
                    receipt.trackingNumber() + " due " + due);
            events.fire(new QuestionReferred(id, q.id(), receipt.trackingNumber(), interview.departmentCode(), now));
            referred++;
        }
        audit.record(actor, "interview.finish", "interview", id, referred + " referred");
        events.fire(new InterviewFinished(id, referred, now));
        return view(interview);
    }

    /**
     * The host or a guest speaks; a guest's post carries the guest's name and title. An image (an
     * uploaded one's address, see {@link #uploadImage}) needs a text alternative.
     */
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public PostView post(String id, String text, String imageUrl, String imageAlt) {
        validatePost(text, imageUrl, imageAlt);
        Interview interview = locked(id);
        requireLive(interview);
        StaffPrincipal me = caller();
        Optional<Guest> guest = interview.guestFor(me.username());
        if (guest.isEmpty() && !me.hasRole(Roles.HOST) && !me.hasRole(Roles.ADMIN)) {
            throw new Forbidden("您不是本场访谈的嘉宾", "You are not a guest of this interview");
        }
        Instant now = clock.instant();
        InterviewPost post = guest
                .map(g -> publish(interview, PostKind.GUEST, g.name(), g.title(), text.strip(), blankToNull(imageUrl),
                        blankToNull(imageAlt), null, null, null, now))
                .orElseGet(() -> publish(interview, PostKind.HOST, me.displayName(), HOST_TITLE, text.strip(),
                        blankToNull(imageUrl), blankToNull(imageAlt), null, null, null, now));
        audit.record(me.username(), "interview.post", "interview", id, "#" + post.sequence());
        return view(post);
    }

    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public List<QuestionView> questions(String id, List<String> statuses) {
        find(id);
        List<QuestionStatus> wanted = statuses == null || statuses.isEmpty()
                ? List.of(QuestionStatus.values())
                : statuses.stream().map(s -> parseStatus(s)).toList();
        return interviews.questions(id, wanted, 500).stream().map(InterviewService::view).toList();
    }

    /** One question, for callers that must check which interview it belongs to. */
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public QuestionView question(String questionId) {
        return view(findQuestion(questionId));
    }

    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView approve(String questionId) {
        Question q = findQuestion(questionId);
        Interview interview = locked(q.interviewId());
        if (interview.status() == InterviewStatus.FINISHED) {
            throw new Conflict("访谈已结束", "The interview has ended");
        }
        Instant now = clock.instant();
        long sequence = interview.lastSequence() + 1;
        transition(() -> q.approve(sequence));
        publish(interview, PostKind.QUESTION, q.nickname(), null, q.body(), null, q.id(), q.nickname(), null, now);
        audit.record(callerName(), "interview.question.approve", "interview-question", q.id(), "#" + sequence);
        events.fire(new QuestionApproved(q.interviewId(), q.id(), sequence, now));
        return view(q);
    }

    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView reject(String questionId, String reason) {
        new Validation().text(reason, "reason", "不予采用的理由", "Reason", 200, true).throwIfInvalid();
        Question q = findQuestion(questionId);
        transition(() -> q.reject(reason.strip()));
        Instant now = clock.instant();
        audit.record(callerName(), "interview.question.reject", "interview-question", q.id(), reason.strip());
        events.fire(new QuestionRejected(q.interviewId(), q.id(), reason.strip(), now));
        return view(q);
    }

    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView merge(String questionId, String intoQuestionId) {
        Question q = findQuestion(questionId);
        Question target = findQuestion(intoQuestionId);
        transition(() -> q.mergeInto(target));
        Instant now = clock.instant();
        audit.record(callerName(), "interview.question.merge", "interview-question", q.id(), "→ " + target.id());
        events.fire(new QuestionMerged(q.interviewId(), q.id(), target.id(), now));
        return view(q);
    }

    /** Corrects obvious typos; the previous wording is kept in the edit history and the audit trail. */
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView edit(String questionId, String text, long expectedVersion) {
        new Validation().text(text, "text", "问题", "Question", 300, true).throwIfInvalid();
        Question q = findQuestion(questionId);
        if (q.version() != expectedVersion) {
            throw new Conflict("该问题已被他人修改，请刷新后重试", "The question was changed by someone else; reload and retry");
        }
        String before = q.body();
        String actor = callerName();
        Instant now = clock.instant();
        boolean changed = transitionResult(() -> q.edit(text.strip(), actor, now));
        if (changed) {
            audit.record(actor, "interview.question.edit", "interview-question", q.id(),
                    truncate(before + " → " + q.body(), 1000));
            events.fire(new QuestionEdited(q.interviewId(), q.id(), actor, now));
        }
        return view(q);
    }

    /** A guest answers an approved question; the answer post links to the question's post. */
    @RolesAllowed({Roles.GUEST, Roles.ADMIN})
    public PostView answer(String questionId, String text) {
        new Validation().text(text, "text", "答复", "Answer", 4000, true).throwIfInvalid();
        Question q = findQuestion(questionId);
        Interview interview = locked(q.interviewId());
        requireLive(interview);
        String username = callerName();
        // Administrators (imports, the demo loader) answer in the name of the first guest.
        Guest guest = interview.guestFor(username)
                .or(() -> session.isCallerInRole(Roles.ADMIN) ? Optional.of(interview.guests().get(0)) : Optional.empty())
                .orElseThrow(() -> new Forbidden("您不是本场访谈的嘉宾", "You are not a guest of this interview"));
        Instant now = clock.instant();
        long sequence = interview.lastSequence() + 1;
        transition(() -> q.answered(sequence));
        InterviewPost post = publish(interview, PostKind.ANSWER, guest.name(), guest.title(), text.strip(), null,
                q.id(), q.nickname(), q.shownSequence(), now);
        audit.record(username, "interview.question.answer", "interview-question", q.id(), "#" + sequence);
        events.fire(new QuestionAnswered(q.interviewId(), q.id(), sequence, now));
        return view(post);
    }

    /** For the demo loader and imports: a guest's post written by an administrator. */
    @RolesAllowed(Roles.ADMIN)
    public PostView postAsGuest(String id, int guestIndex, String text) {
        Interview interview = locked(id);
        requireLive(interview);
        Guest g = interview.guests().get(guestIndex);
        InterviewPost post = publish(interview, PostKind.GUEST, g.name(), g.title(), text, null, null, null, null,
                clock.instant());
        audit.record(callerName(), "interview.post", "interview", id, "#" + post.sequence());
        return view(post);
    }

    /**
     * Stores an image for a post (or, without an interview, a guest photo for an announcement):
     * checked by its content, JPEG or PNG only, with its metadata (location, camera) removed.
     */
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public ImageView uploadImage(String interviewId, String fileName, String declaredType, byte[] content) {
        if (interviewId != null) {
            find(interviewId);
        }
        CleanImage image = attachments.cleanImage(fileName, declaredType, content);
        InterviewImage stored = new InterviewImage(UUID.randomUUID().toString(), interviewId, image.mediaType(),
                image.sha256(), image.content(), callerName(), clock.instant());
        interviews.add(stored);
        audit.record(callerName(), "interview.image.upload", "interview-image", stored.id(),
                (interviewId == null ? "" : interviewId + " ") + image.mediaType() + " " + stored.sizeBytes() + " B");
        return new ImageView(stored.id(), IMAGE_PATH + stored.id(), stored.contentType(), stored.sizeBytes());
    }

    /** A post with a new image, in one step (the console's form): nothing is stored if either part is refused. */
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public PostView postWithImage(String id, String text, String fileName, String declaredType, byte[] content,
                                  String imageAlt) {
        validatePost(text, IMAGE_PATH, imageAlt);
        ImageView image = uploadImage(id, fileName, declaredType, content);
        return post(id, text, image.url(), imageAlt);
    }

    /** An uploaded image's bytes, as stored (public: it is shown on public pages). */
    @PermitAll
    public ImageContent image(String imageId) {
        InterviewImage image = interviews.image(imageId)
                .orElseThrow(() -> new NotFound("没有找到该图片", "No such image"));
        return new ImageContent(image.contentType(), image.content(), image.sha256());
    }

    /** Largest image accepted, in bytes (the attachments' limit). */
    @PermitAll
    public long maxImageBytes() {
        return attachments.maxFileBytes();
    }

    // ---- helpers -----------------------------------------------------------------------------

    private InterviewPost publish(Interview interview, PostKind kind, String author, String authorTitle, String body,
                                  String imageUrl, String questionId, String askerName, Long answerTo, Instant at) {
        return publish(interview, kind, author, authorTitle, body, imageUrl, null, questionId, askerName, answerTo, at);
    }

    private InterviewPost publish(Interview interview, PostKind kind, String author, String authorTitle, String body,
                                  String imageUrl, String imageAlt, String questionId, String askerName, Long answerTo,
                                  Instant at) {
        InterviewPost post = new InterviewPost(interview.id(), interview.nextSequence(), kind, author, authorTitle, body,
                imageUrl, imageAlt, questionId, askerName, answerTo, at);
        interviews.add(post);
        events.fire(post.published());
        return post;
    }

    private static void validatePost(String text, String imageUrl, String imageAlt) {
        boolean image = imageUrl != null && !imageUrl.isBlank();
        new Validation()
                .text(text, "text", "发言内容", "Post", 2000, true)
                .require(!image || (imageUrl.length() <= 500 && (imageUrl.startsWith("https://")
                                || imageUrl.startsWith("/static/") || imageUrl.startsWith(IMAGE_PATH))),
                        "imageUrl", "图片地址须以 https://、/static/ 或 " + IMAGE_PATH + " 开头",
                        "Image URL must start with https://, /static/ or " + IMAGE_PATH)
                .require(!image || (imageAlt != null && !imageAlt.isBlank()), "imageAlt",
                        "请为图片填写文字说明（供读屏软件朗读）", "Describe the image in words (read out by screen readers)")
                .text(imageAlt, "imageAlt", "图片说明", "Image description", 200, false)
                .throwIfInvalid();
    }

    private static void requireLive(Interview interview) {
        if (!interview.acceptsPosts()) {
            throw new Conflict("访谈不在直播中", "The interview is not live");
        }
    }

    private static void transition(Runnable step) {
        try {
            step.run();
        } catch (IllegalQuestionTransition e) {
            throw new Conflict("该问题当前状态（" + e.from().labelZh() + "）不允许此操作",
                    "Not allowed while the question is " + e.from().labelEn().toLowerCase());
        }
    }

    private static boolean transitionResult(java.util.function.BooleanSupplier step) {
        boolean[] result = new boolean[1];
        transition(() -> result[0] = step.getAsBoolean());
        return result[0];
    }

    private static QuestionStatus parseStatus(String s) {
        try {
            return QuestionStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            new Validation().require(false, "status", "未知状态：" + s, "Unknown status: " + s).throwIfInvalid();
            throw e;
        }
    }

    private Interview find(String id) {
        return interviews.byId(id).orElseThrow(InterviewService::notFound);
    }

    private Interview locked(String id) {
        return interviews.lockedForPosting(id).orElseThrow(InterviewService::notFound);
    }

    private Question findQuestion(String id) {
        return interviews.question(id).orElseThrow(() -> new NotFound("没有找到该问题", "No such question"));
    }


    private static NotFound notFound() {
        return new NotFound("没有找到该访谈", "No such interview");
    }

    private StaffPrincipal caller() {
        String name = session.getCallerPrincipal().getName();
        return staff.find(name).orElseThrow(() -> new Forbidden("账号不可用", "Account not available"));
    }

    private String callerName() {
        return session.getCallerPrincipal().getName();
    }

    private static String username(NewInterview spec, int guest) {
        return spec.guestUsernames() != null && guest < spec.guestUsernames().size()
                ? blankToNull(spec.guestUsernames().get(guest)) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    static InterviewView view(Interview i) {
        return new InterviewView(i.id(), i.title(), i.introduction(), i.departmentCode(), i.scheduledAt(),
                i.status().name(), i.status().labelZh(), i.status().labelEn(), i.startedAt(), i.finishedAt(),
                i.summary(), i.lastSequence(),
                i.guests().stream().map(g -> new GuestView(g.name(), g.title(), g.titleEn(), g.photoUrl())).toList());
    }

    static PostView view(InterviewPost p) {
        return new PostView(p.interviewId(), p.sequence(), p.kind().name(), p.authorName(), p.authorTitle(), p.body(),
                p.imageUrl(), p.imageAlt(), p.questionId(), p.askerName(), p.answerTo(), p.postedAt());
    }

    static QuestionView view(Question q) {
        return new QuestionView(q.id(), q.interviewId(), q.nickname(), q.body(), q.originalBody(), q.status().name(),
                q.status().labelZh(), q.status().labelEn(), q.held(), q.moderationNote(), q.rejectReason(),
                q.mergedInto(), q.shownSequence(), q.answerSequence(), q.caseTrackingNumber(), q.caseDue(),
                q.askedAt(), q.version(),
                q.edits().stream().map(e -> new QuestionView.EditView(e.editedAt(), e.editor(), e.before(), e.after()))
                        .toList());
    }
}
