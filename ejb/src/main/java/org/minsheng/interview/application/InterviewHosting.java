package org.minsheng.interview.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.calendar.api.WorkingDays;
import org.minsheng.cases.api.CaseIntake;
import org.minsheng.cases.api.NewCase;
import org.minsheng.cases.api.Receipt;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.intake.api.Attachments;
import org.minsheng.interview.api.ImageContent;
import org.minsheng.interview.api.ImageView;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.domain.Guest;
import org.minsheng.interview.domain.Interview;
import org.minsheng.interview.domain.InterviewFinished;
import org.minsheng.interview.domain.InterviewImage;
import org.minsheng.interview.domain.InterviewPost;
import org.minsheng.interview.domain.InterviewRepository;
import org.minsheng.interview.domain.InterviewStarted;
import org.minsheng.interview.domain.InterviewStatus;
import org.minsheng.interview.domain.PostKind;
import org.minsheng.interview.domain.Question;
import org.minsheng.interview.domain.QuestionReferred;
import org.minsheng.interview.domain.QuestionStatus;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.files.StoredFile;
import org.minsheng.shared.security.Caller;
import org.minsheng.shared.time.CityTime;

/** Running an interview on air: start, the host's and guests' posts with their images, and the end. */
@Stateless
public class InterviewHosting {

    /** Follow-up cases are due this many working days after the interview. */
    public static final int FOLLOW_UP_WORKING_DAYS = 5;

    @Inject
    Clock clock;

    @Inject
    InterviewRepository interviews;

    @Inject
    InterviewRecords records;

    @Inject
    ImageStore images;

    @Inject
    AuditTrail audit;

    @Inject
    StaffDirectory staff;

    @Inject
    CaseIntake cases;

    @Inject
    Attachments attachments;

    @Inject
    WorkingDays workingDays;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    public InterviewView start(String id) {
        Interview interview = records.locked(id);
        Instant now = clock.instant();
        if (interview.status() != InterviewStatus.ANNOUNCED) {
            throw new Conflict("只有预告中的访谈可以开始", "Only an announced interview can start");
        }
        interview.start(now);
        records.publishNotice(interview, "访谈开始 / The interview has started", now);
        audit.record(caller.name(), "interview.start", "interview", id, null);
        events.fire(new InterviewStarted(id, interview.title(), now));
        return InterviewViews.interview(interview);
    }

    /**
     * Ends the interview with its summary; approved questions not answered on air become cases of
     * the interview's department, due in {@value #FOLLOW_UP_WORKING_DAYS} working days.
     */
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    public InterviewView finish(String id, String summary) {
        new Validation().text(summary, "summary", "访谈摘要", "Summary", 4000, true).throwIfInvalid();
        Interview interview = records.locked(id);
        if (interview.status() != InterviewStatus.LIVE) {
            throw new Conflict("只有直播中的访谈可以结束", "Only a live interview can be finished");
        }
        Instant now = clock.instant();
        String actor = caller.name();
        interview.finish(summary.strip(), now);
        records.publishNotice(interview, "访谈结束 / The interview has ended", now);
        LocalDate due = workingDays.addWorkingDays(now.atZone(CityTime.ZONE).toLocalDate(), FOLLOW_UP_WORKING_DAYS);
        int referred = 0;
        for (Question q : interviews.questions(id, List.of(QuestionStatus.APPROVED), 500)) {
            if (!q.needsFollowUp()) {
                continue;
            }
            String title = InterviewRecords.truncate("在线访谈未答复问题：" + interview.title(), 50);
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
        return InterviewViews.interview(interview);
    }

    /**
     * The host or a guest speaks; a guest's post carries the guest's name and title. An image (an
     * uploaded one's address, see {@link #uploadImage}) needs a text alternative.
     */
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public PostView post(String id, String text, String imageUrl, String imageAlt) {
        validatePost(text, imageUrl, imageAlt);
        Interview interview = records.locked(id);
        InterviewRecords.requireLive(interview);
        StaffPrincipal me = staff.find(caller.name())
                .orElseThrow(() -> new Forbidden("账号不可用", "Account not available"));
        Optional<Guest> guest = interview.guestFor(me.username());
        if (guest.isEmpty() && !me.hasRole(Roles.HOST) && !me.hasRole(Roles.ADMIN)) {
            throw new Forbidden("您不是本场访谈的嘉宾", "You are not a guest of this interview");
        }
        Instant now = clock.instant();
        String body = text.strip();
        String image = InterviewRecords.blankToNull(imageUrl);
        String alt = InterviewRecords.blankToNull(imageAlt);
        InterviewPost post = guest
                .map(g -> records.publishSpeech(interview, PostKind.GUEST, g.name(), g.title(), body, image, alt, now))
                .orElseGet(() -> records.publishSpeech(interview, PostKind.HOST, me.displayName(),
                        InterviewRecords.HOST_TITLE, body, image, alt, now));
        audit.record(me.username(), "interview.post", "interview", id, "#" + post.sequence());
        return InterviewViews.post(post);
    }

    /** A post with a new image, in one step (the console's form): nothing is stored if either part is refused. */
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public PostView postWithImage(String id, String text, String fileName, String declaredType, byte[] content,
                                  String imageAlt) {
        validatePost(text, ImageStore.IMAGE_PATH, imageAlt);
        ImageView image = images.store(id, fileName, declaredType, content);
        return post(id, text, image.url(), imageAlt);
    }

    /** For the demo loader and imports: a guest's post written by an administrator. */
    @RolesAllowed(Roles.ADMIN)
    public PostView postAsGuest(String id, int guestIndex, String text) {
        Interview interview = records.locked(id);
        InterviewRecords.requireLive(interview);
        Guest g = interview.guests().get(guestIndex);
        InterviewPost post = records.publishSpeech(interview, PostKind.GUEST, g.name(), g.title(), text, null, null,
                clock.instant());
        audit.record(caller.name(), "interview.post", "interview", id, "#" + post.sequence());
        return InterviewViews.post(post);
    }

    /**
     * Stores an image for a post (or, without an interview, a guest photo for an announcement):
     * checked by its content, JPEG or PNG only, with its metadata (location, camera) removed.
     */
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public ImageView uploadImage(String interviewId, String fileName, String declaredType, byte[] content) {
        return images.store(interviewId, fileName, declaredType, content);
    }

    /** An uploaded image's bytes, as stored (public: it is shown on public pages). */
    @PermitAll
    public ImageContent image(String imageId) {
        StoredFile image = interviews.image(imageId).map(InterviewImage::file)
                .orElseThrow(() -> new NotFound("没有找到该图片", "No such image"));
        return new ImageContent(image.contentType(), image.content(), image.sha256());
    }

    /** Largest image accepted, in bytes (the attachments' limit). */
    @PermitAll
    public long maxImageBytes() {
        return attachments.maxFileBytes();
    }

    private static void validatePost(String text, String imageUrl, String imageAlt) {
        boolean image = imageUrl != null && !imageUrl.isBlank();
        String path = ImageStore.IMAGE_PATH;
        new Validation()
                .text(text, "text", "发言内容", "Post", 2000, true)
                .require(!image || (imageUrl.length() <= 500 && (imageUrl.startsWith("https://")
                                || imageUrl.startsWith("/static/") || imageUrl.startsWith(path))),
                        "imageUrl", "图片地址须以 https://、/static/ 或 " + path + " 开头",
                        "Image URL must start with https://, /static/ or " + path)
                .require(!image || (imageAlt != null && !imageAlt.isBlank()), "imageAlt",
                        "请为图片填写文字说明（供读屏软件朗读）", "Describe the image in words (read out by screen readers)")
                .text(imageAlt, "imageAlt", "图片说明", "Image description", 200, false)
                .throwIfInvalid();
    }
}
