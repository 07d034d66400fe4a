package org.minsheng.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;

class BallotRulesTest {

    static Poll poll(ResultsVisibility shown) {
        return new Poll("p1", "jtysj", "公交线路调整意见征集", "说明", ResponseRule.DEVICE, shown,
                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-31T00:00:00Z"), 20, "salt",
                List.of(new PollQuestion("a", 1, QuestionKind.SINGLE, "最常乘坐的线路？", true, 0, List.of("1路", "2路", "3路")),
                        new PollQuestion("b", 2, QuestionKind.MULTIPLE, "希望改进哪些方面？", false, 2,
                                List.of("班次", "准点", "车况", "服务")),
                        new PollQuestion("c", 3, QuestionKind.RATING, "总体满意度", true, 0, List.of()),
                        new PollQuestion("d", 4, QuestionKind.RANKING, "优先顺序", false, 0, List.of("延长运营", "加密班次", "新增站点")),
                        new PollQuestion("e", 5, QuestionKind.TEXT, "其他建议", false, 0, List.of())),
                "editor", Instant.parse("2026-11-30T00:00:00Z"));
    }

    private static GivenAnswer choose(int q, Integer... options) {
        return new GivenAnswer(q, List.of(options), null, null, null);
    }

    private static GivenAnswer rate(int q, int rating) {
        return new GivenAnswer(q, null, rating, null, null);
    }

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (ValidationFailed e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("no validation error");
    }

    @Test
    void aCompleteResponseBecomesMarksAndTexts() {
        BallotRules.Checked checked = BallotRules.check(poll(ResultsVisibility.LIVE), List.of(choose(1, 2),
                choose(2, 1, 4), rate(3, 5), new GivenAnswer(4, null, null, List.of(3, 1, 2), null),
                new GivenAnswer(5, null, null, null, "  希望晚班车延长到十点  ")));
        assertThat(checked.choices()).containsExactlyInAnyOrder(new BallotChoice(1, 2, 1), new BallotChoice(2, 1, 1),
                new BallotChoice(2, 4, 1), new BallotChoice(3, 0, 5), new BallotChoice(4, 3, 1),
                new BallotChoice(4, 1, 2), new BallotChoice(4, 2, 3));
        assertThat(checked.texts()).containsEntry(5, "希望晚班车延长到十点");
    }

    @Test
    void optionalQuestionsMayBeLeftOut() {
        BallotRules.Checked checked = BallotRules.check(poll(ResultsVisibility.LIVE), List.of(choose(1, 1), rate(3, 1)));
        assertThat(checked.choices()).hasSize(2);
        assertThat(checked.texts()).isEmpty();
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        Poll poll = poll(ResultsVisibility.LIVE);
        assertThat(fields(() -> BallotRules.check(poll, List.of(choose(1, 9), choose(2, 1, 2, 3), rate(3, 6),
                new GivenAnswer(4, null, null, List.of(1, 1, 2), null),
                new GivenAnswer(5, null, null, null, "长".repeat(501)), choose(7, 1)))))
                .containsExactlyInAnyOrder("q7", "q1", "q2", "q3", "q4", "q5");
    }

    @Test
    void requiredQuestionsMustBeAnswered() {
        assertThat(fields(() -> BallotRules.check(poll(ResultsVisibility.LIVE), List.of(choose(2, 1)))))
                .containsExactly("q1", "q3");
    }

    @Test
    void aSingleChoiceTakesOneOptionAndNoOtherKindOfAnswer() {
        Poll poll = poll(ResultsVisibility.LIVE);
        assertThat(fields(() -> BallotRules.check(poll, List.of(choose(1, 1, 2), rate(3, 3))))).containsExactly("q1");
        assertThat(fields(() -> BallotRules.check(poll, List.of(new GivenAnswer(1, List.of(1), 4, null, null),
                rate(3, 3))))).containsExactly("q1");
    }

    @Test
    void aRankingMustPlaceEveryOptionOnce() {
        Poll poll = poll(ResultsVisibility.LIVE);
        assertThat(fields(() -> BallotRules.check(poll, List.of(choose(1, 1), rate(3, 3),
                new GivenAnswer(4, null, null, List.of(1, 2), null))))).containsExactly("q4");
    }

    @Test
    void aQuestionAnsweredTwiceIsRefused() {
        assertThatThrownBy(() -> BallotRules.check(poll(ResultsVisibility.LIVE),
                List.of(choose(1, 1), choose(1, 2), rate(3, 2)))).isInstanceOf(ValidationFailed.class);
    }
}
