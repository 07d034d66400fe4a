package org.minsheng.poll.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.poll.api.BallotExport;
import org.minsheng.poll.api.OptionResult;
import org.minsheng.poll.api.PollResults;
import org.minsheng.poll.api.QuestionResult;
import org.minsheng.poll.api.Respondent;
import org.minsheng.poll.api.TextAnswerView;
import org.minsheng.poll.domain.Ballot;
import org.minsheng.poll.domain.BallotChoice;
import org.minsheng.poll.domain.Poll;
import org.minsheng.poll.domain.PollQuestion;
import org.minsheng.poll.domain.PollRepository;
import org.minsheng.poll.domain.PollRepository.ChoiceCount;
import org.minsheng.poll.domain.PollStatus;
import org.minsheng.poll.domain.QuestionKind;
import org.minsheng.poll.domain.TextAnswer;
import org.minsheng.poll.domain.TextStatus;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.security.Caller;

/**
 * Results, counted from the ballots at the time of asking (so they are exact however many answers
 * arrive together), shown only when the poll's visibility rule allows; the staff export of the
 * ballots' choices; and the moderation and search of free-text answers.
 */
@Stateless
public class PollTallies {

    private static final int EXPORT_LIMIT = 200_000;

    @Inject
    PollRepository polls;

    @Inject
    PollViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @PermitAll
    public PollResults results(String id, Respondent respondent) {
        Poll poll = views.find(id);
        if (poll.status(clock.instant()) == PollStatus.SCHEDULED) {
            throw new NotFound("没有找到该调查", "No such poll");
        }
        boolean answered = views.answered(poll, respondent.deviceToken());
        return visibleResults(poll, answered, false);
    }

    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public PollResults staffResults(String id) {
        return visibleResults(views.forStaff(id), false, true);
    }

    /** Every ballot's choices, one row per ballot, for the staff's spreadsheet. */
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public BallotExport export(String id) {
        Poll poll = views.forStaff(id);
        requireVisible(poll, false, true);
        List<PollQuestion> questions = poll.questions().stream().filter(q -> q.kind() != QuestionKind.TEXT).toList();
        List<String> headings = questions.stream().map(q -> q.number() + ". " + q.text()).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Ballot ballot : polls.ballotsForExport(poll.id(), EXPORT_LIMIT)) {
            Map<Integer, List<BallotChoice>> marks = ballot.choices().stream()
                    .collect(Collectors.groupingBy(BallotChoice::question));
            rows.add(questions.stream().map(q -> cell(q, marks.getOrDefault(q.number(), List.of()))).toList());
        }
        audit.record(caller.name(), "poll.export", "poll", poll.id(), rows.size() + " ballots");
        return new BallotExport(poll.title(), headings, rows);
    }

    /** Free-text answers, searchable by a word and filterable by status; masked, never with their ballot. */
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<TextAnswerView> texts(String id, String query, String status) {
        Poll poll = views.forStaff(id);
        TextStatus wanted = status == null || status.isBlank() ? null
                : java.util.Arrays.stream(TextStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                        .orElse(null);
        return polls.textAnswers(poll.id(), query, wanted, 500).stream().map(PollTallies::view).toList();
    }

    /** Publishes or rejects a held free-text answer. */
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public TextAnswerView decide(String pollId, String textId, boolean publish) {
        Poll poll = views.forStaff(pollId);
        TextAnswer text = polls.textAnswer(textId).filter(t -> t.pollId().equals(poll.id()))
                .orElseThrow(() -> new NotFound("没有找到该回答", "No such answer"));
        if (!text.decide(publish)) {
            throw new Conflict("该回答已处理", "This answer was already decided");
        }
        audit.record(caller.name(), publish ? "poll.text.publish" : "poll.text.reject", "poll_text_answer",
                text.id(), poll.id());
        return view(text);
    }

    private PollResults visibleResults(Poll poll, boolean answered, boolean staff) {
        requireVisible(poll, answered, staff);
        Map<String, Long> counts = new HashMap<>();
        for (ChoiceCount c : polls.choiceCounts(poll.id())) {
            counts.put(c.question() + ":" + c.option() + ":" + c.value(), c.count());
        }
        Map<Integer, Long> respondents = polls.respondentsPerQuestion(poll.id()).stream()
                .collect(Collectors.toMap(ChoiceCount::question, ChoiceCount::count, Long::sum, HashMap::new));
        Map<Integer, List<String>> texts = polls.textAnswers(poll.id(), null, TextStatus.PUBLISHED, 2000).stream()
                .collect(Collectors.groupingBy(TextAnswer::question,
                        Collectors.mapping(TextAnswer::text, Collectors.toList())));
        polls.textCounts(poll.id()).forEach(c -> respondents.put(c.question(), c.count()));
        List<QuestionResult> questions = new ArrayList<>();
        for (PollQuestion q : poll.questions()) {
            long answeredIt = respondents.getOrDefault(q.number(), 0L);
            questions.add(Tally.of(q, answeredIt, counts, texts.getOrDefault(q.number(), List.of())));
        }
        return new PollResults(views.view(poll, answered, null), polls.ballots(poll.id()), questions);
    }

    private void requireVisible(Poll poll, boolean answered, boolean staff) {
        if (!poll.resultsVisible(clock.instant(), answered, staff)) {
            throw new Forbidden("调查结果尚未公布", "The results are not published yet");
        }
    }

    private static String cell(PollQuestion q, List<BallotChoice> marks) {
        return switch (q.kind()) {
            case RATING -> marks.stream().map(m -> String.valueOf(m.value())).findFirst().orElse("");
            case RANKING -> marks.stream().sorted(java.util.Comparator.comparingInt(BallotChoice::value))
                    .map(m -> q.options().get(m.option() - 1)).collect(Collectors.joining(" > "));
            default -> marks.stream().sorted(java.util.Comparator.comparingInt(BallotChoice::option))
                    .map(m -> q.options().get(m.option() - 1)).collect(Collectors.joining("；"));
        };
    }

    private static TextAnswerView view(TextAnswer t) {
        return new TextAnswerView(t.id(), t.question(), t.text(), t.status().name(), t.status().labelZh(),
                t.status().labelEn(), t.version());
    }

    /** Turns one question's counts into its figures. */
    static final class Tally {

        private Tally() {
        }

        static QuestionResult of(PollQuestion q, long respondents, Map<String, Long> counts, List<String> texts) {
            List<OptionResult> options = new ArrayList<>();
            Double average = null;
            switch (q.kind()) {
                case SINGLE, MULTIPLE -> {
                    for (int o = 1; o <= q.options().size(); o++) {
                        long n = counts.getOrDefault(q.number() + ":" + o + ":1", 0L);
                        options.add(new OptionResult(o, q.options().get(o - 1), n, percent(n, respondents), null, 0));
                    }
                }
                case RATING -> {
                    long sum = 0;
                    for (int r = PollQuestion.RATING_MIN; r <= PollQuestion.RATING_MAX; r++) {
                        long n = counts.getOrDefault(q.number() + ":0:" + r, 0L);
                        sum += n * r;
                        options.add(new OptionResult(r, String.valueOf(r), n, percent(n, respondents), null, 0));
                    }
                    average = respondents == 0 ? null : Math.round(100.0 * sum / respondents) / 100.0;
                }
                case RANKING -> {
                    int size = q.options().size();
                    for (int o = 1; o <= size; o++) {
                        long placed = 0;
                        long placeSum = 0;
                        long points = 0;
                        for (int place = 1; place <= size; place++) {
                            long n = counts.getOrDefault(q.number() + ":" + o + ":" + place, 0L);
                            placed += n;
                            placeSum += n * place;
                            points += n * (size - place + 1);
                        }
                        Double avg = placed == 0 ? null : Math.round(100.0 * placeSum / placed) / 100.0;
                        options.add(new OptionResult(o, q.options().get(o - 1), placed, percent(placed, respondents),
                                avg, points));
                    }
                }
                case TEXT -> {
                }
            }
            return new QuestionResult(q.number(), q.kind().name(), q.kind().labelZh(), q.kind().labelEn(), q.text(),
                    respondents, options, average, texts);
        }

        private static double percent(long n, long of) {
            return of == 0 ? 0 : Math.round(1000.0 * n / of) / 10.0;
        }
    }
}
