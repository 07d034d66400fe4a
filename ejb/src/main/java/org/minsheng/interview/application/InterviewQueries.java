package org.minsheng.interview.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.CaseIntake;
import org.minsheng.identity.api.Roles;
import org.minsheng.interview.api.FollowUpView;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.api.QuestionView;
import org.minsheng.interview.api.TranscriptView;
import org.minsheng.interview.domain.Interview;
import org.minsheng.interview.domain.InterviewPost;
import org.minsheng.interview.domain.InterviewRepository;
import org.minsheng.interview.domain.QuestionStatus;
import org.minsheng.shared.error.Validation;

/** What is read about interviews: the list, the stored stream, transcripts and the moderators' questions. */
@Stateless
public class InterviewQueries {

    private static final int HISTORY_PAGE_MAX = 1000;

    @Inject
    InterviewRepository interviews;

    @Inject
    InterviewRecords records;

    @Inject
    CaseIntake cases;

    @PermitAll
    public List<InterviewView> list() {
        return interviews.all(200).stream().map(InterviewViews::interview).toList();
    }

    @PermitAll
    public InterviewView interview(String id) {
        return InterviewViews.interview(records.find(id));
    }

    /** Posts numbered above {@code after}, in order: late joiners and reconnecting viewers catch up here. */
    @PermitAll
    public List<PostView> history(String id, long after, int limit) {
        records.find(id);
        int size = Math.max(1, Math.min(limit, HISTORY_PAGE_MAX));
        return interviews.postsAfter(id, Math.max(0, after), size).stream().map(InterviewViews::post).toList();
    }

    @PermitAll
    public TranscriptView transcript(String id) {
        Interview interview = records.find(id);
        List<PostView> posts = new ArrayList<>();
        long after = 0;
        for (List<InterviewPost> page = interviews.postsAfter(id, after, HISTORY_PAGE_MAX); !page.isEmpty();
             page = interviews.postsAfter(id, after, HISTORY_PAGE_MAX)) {
            page.stream().map(InterviewViews::post).forEach(posts::add);
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
        return new TranscriptView(InterviewViews.interview(interview), posts, followUps);
    }

    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public List<QuestionView> questions(String id, List<String> statuses) {
        records.find(id);
        List<QuestionStatus> wanted = statuses == null || statuses.isEmpty()
                ? List.of(QuestionStatus.values())
                : statuses.stream().map(InterviewQueries::parseStatus).toList();
        return interviews.questions(id, wanted, 500).stream().map(InterviewViews::question).toList();
    }

    /** One question, for callers that must check which interview it belongs to. */
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public QuestionView question(String questionId) {
        return InterviewViews.question(records.question(questionId));
    }

    private static QuestionStatus parseStatus(String s) {
        try {
            return QuestionStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            new Validation().require(false, "status", "未知状态：" + s, "Unknown status: " + s).throwIfInvalid();
            throw e;
        }
    }
}
