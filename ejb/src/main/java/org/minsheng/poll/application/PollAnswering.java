package org.minsheng.poll.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.minsheng.identity.api.Roles;
import org.minsheng.nlp.api.ModerationDecision;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.poll.api.AnswerInput;
import org.minsheng.poll.api.ChallengeView;
import org.minsheng.poll.api.PollResponse;
import org.minsheng.poll.api.PollSummary;
import org.minsheng.poll.api.PollView;
import org.minsheng.poll.api.Respondent;
import org.minsheng.poll.api.ResponseReceipt;
import org.minsheng.poll.domain.Ballot;
import org.minsheng.poll.domain.BallotRules;
import org.minsheng.poll.domain.GivenAnswer;
import org.minsheng.poll.domain.Participants;
import org.minsheng.poll.domain.Poll;
import org.minsheng.poll.domain.PollRepository;
import org.minsheng.poll.domain.PollStatus;
import org.minsheng.poll.domain.ResponseRule;
import org.minsheng.poll.domain.TextAnswer;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.security.Caller;

/**
 * Residents read and answer polls. A response is checked whole, then the participation (who) and
 * the ballot (what) are stored as unrelated rows in one transaction: both or neither. Responses
 * are not audited one by one, since an audit record of who answered when would link people to
 * ballots; the poll's creation and closing are.
 */
@Stateless
public class PollAnswering {

    private static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PollRepository polls;

    @Inject
    PollViews views;

    @Inject
    TextInsightsFacade insights;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Published polls: open, and closed ones (scheduled ones are not shown before they open). */
    @PermitAll
    public List<PollSummary> list() {
        return polls.all(null, 200).stream()
                .filter(p -> p.status(clock.instant()) != PollStatus.SCHEDULED)
                .map(views::summary).toList();
    }

    /** A poll as its respondent sees it, with a fresh challenge when their address is over the limit. */
    @PermitAll
    public PollView poll(String id, Respondent respondent) {
        Poll poll = published(id);
        boolean answered = views.answered(poll, respondent.deviceToken());
        ChallengeView challenge = !answered && poll.status(clock.instant()) == PollStatus.OPEN
                && challengeNeeded(poll, respondent) ? newChallenge(poll) : null;
        return views.view(poll, answered, challenge);
    }

    @PermitAll
    public ResponseReceipt answer(String id, Respondent respondent, PollResponse response) {
        Poll poll = published(id);
        if (poll.status(clock.instant()) != PollStatus.OPEN) {
            throw new Conflict("该调查已结束，不再接受回答", "The poll is closed and takes no more answers");
        }
        List<GivenAnswer> given = response.answers() == null ? List.of() : response.answers().stream().filter(java.util.Objects::nonNull)
                .map(PollAnswering::given).toList();
        BallotRules.Checked checked = BallotRules.check(poll, given);
        String participant = views.participant(poll, respondent.deviceToken()).orElseThrow(() ->
                poll.rule() == ResponseRule.ACCOUNT
                        ? new Forbidden("本调查需登录居民账号后参与", "Sign in to your resident account to answer this poll")
                        : new Forbidden("请允许浏览器保存本站 Cookie 后再参与", "Allow this site's cookie to answer"));
        if (!caller.isInRole(Roles.RESIDENT) && challengeNeeded(poll, respondent)) {
            requireSolved(poll, response);
        }
        if (!polls.recordParticipation(poll.id(), participant, Participants.address(poll, respondent.networkAddress()))) {
            throw new Conflict("您已参与过本次调查", "You have already answered this poll");
        }
        polls.add(new Ballot(UUID.randomUUID().toString(), poll.id(), checked.choices()));
        checked.texts().forEach((question, text) -> polls.add(new TextAnswer(UUID.randomUUID().toString(), poll.id(),
                question, insights.mask(text), insights.moderate(text).decision() == ModerationDecision.HOLD_FOR_REVIEW)));
        return new ResponseReceipt(poll.id(), poll.resultsVisible(clock.instant(), true, false));
    }

    private Poll published(String id) {
        Poll poll = views.find(id);
        if (poll.status(clock.instant()) == PollStatus.SCHEDULED && !views.callerIsStaff()) {
            throw new org.minsheng.shared.error.NotFound("没有找到该调查", "No such poll");
        }
        return poll;
    }

    private boolean challengeNeeded(Poll poll, Respondent respondent) {
        return polls.participationsFrom(poll.id(), Participants.address(poll, respondent.networkAddress()))
                >= poll.addressLimit();
    }

    private ChallengeView newChallenge(Poll poll) {
        int a = 10 + RANDOM.nextInt(40);
        int b = 1 + RANDOM.nextInt(9);
        String id = UUID.randomUUID().toString();
        polls.addChallenge(id, poll.id(), a + b, clock.instant().plus(CHALLENGE_LIFETIME));
        return new ChallengeView(id, a + " 加 " + b + " 等于多少？", "What is " + a + " plus " + b + "?");
    }

    private void requireSolved(Poll poll, PollResponse response) {
        int answer;
        try {
            answer = Integer.parseInt(response.challengeAnswer() == null ? "" : response.challengeAnswer().strip());
        } catch (NumberFormatException e) {
            answer = -1;
        }
        if (response.challengeId() == null || !polls.solveChallenge(response.challengeId(), poll.id(), answer,
                clock.instant())) {
            throw new ValidationFailed(List.of(new org.minsheng.shared.error.FieldError("challenge",
                    "来自同一网络的回答较多，请先正确回答验证问题",
                    "Many answers came from your network: answer the check question first")));
        }
    }

    private static GivenAnswer given(AnswerInput a) {
        return new GivenAnswer(a.question(), a.choices(), a.rating(), a.ranking(),
                a.text() == null || a.text().isBlank() ? null : a.text());
    }
}
