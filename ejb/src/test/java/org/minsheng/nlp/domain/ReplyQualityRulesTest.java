package org.minsheng.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyQualityRulesTest {

    private static final String MESSAGE = "武陵区朗州路金霞小区路灯坏了一个多月。朗州路金霞小区门口的路灯坏了一个多月，晚上很黑，请问什么时候能修好？";
    private static final List<String> KEYWORDS = List.of("路灯", "金霞小区", "朗州路", "晚上");
    private static final List<String> PLACES = List.of("武陵区", "朗州路", "金霞小区");

    private final ReplyQualityRules rules = new ReplyQualityRules();

    private ReplyAssessment assess(String reply, List<String> sensitive, boolean personal, List<Integer> similar) {
        return rules.assess(new ReplyEvidence(MESSAGE, reply, KEYWORDS, PLACES, sensitive, personal, similar));
    }

    private static List<ReplyIssue> issues(ReplyAssessment a) {
        return a.findings().stream().map(ReplyFinding::issue).toList();
    }

    @Test
    void aSpecificReplyWithActionUnitAndTimeScoresFull() {
        ReplyAssessment a = assess("您好！您反映的朗州路金霞小区门口路灯不亮的问题，市城管局路灯管理处已于12月3日派人更换灯具，"
                + "路灯已恢复照明。感谢您的监督。", List.of(), false, List.of(80, 90, 100));
        assertThat(a.findings()).isEmpty();
        assertThat(a.score()).isEqualTo(100);
        assertThat(a.band()).isEqualTo("GOOD");
    }

    @Test
    void boilerplateOnlyIsFoundWithEverythingItLacks() {
        ReplyAssessment a = assess("您好！您的留言已收悉。我单位高度重视，现答复如下：感谢您对我们工作的关心和支持！如有疑问，请拨打咨询电话。",
                List.of(), false, List.of());
        assertThat(issues(a)).contains(ReplyIssue.BOILERPLATE, ReplyIssue.KEYWORDS_NOT_COVERED,
                ReplyIssue.PLACES_NOT_MENTIONED, ReplyIssue.QUESTION_NOT_ANSWERED, ReplyIssue.NO_ACTION,
                ReplyIssue.NO_TIME);
        assertThat(issues(a)).doesNotContain(ReplyIssue.NO_RESPONSIBLE_UNIT, ReplyIssue.PERSONAL_DATA);
        assertThat(a.score()).isEqualTo(100 - 30 - 15 - 10 - 10 - 10 - 5);
        assertThat(a.band()).isEqualTo("POOR");
    }

    @Test
    void aPlaceCountsByItsNameWithoutTheKindSuffix() {
        ReplyAssessment a = assess("经市城管局核实，金霞门口路灯线路老化，已于本周更换，照明已恢复。", List.of(), false, List.of());
        assertThat(issues(a)).doesNotContain(ReplyIssue.PLACES_NOT_MENTIONED, ReplyIssue.BOILERPLATE);
    }

    @Test
    void aWhenQuestionNeedsATimeInTheAnswer() {
        ReplyAssessment a = assess("经市城管局核实，朗州路金霞小区路灯线路老化，正在安排更换。", List.of(), false, List.of());
        assertThat(issues(a)).contains(ReplyIssue.QUESTION_NOT_ANSWERED, ReplyIssue.NO_TIME);
        assertThat(a.findings()).filteredOn(f -> f.issue() == ReplyIssue.QUESTION_NOT_ANSWERED)
                .extracting(ReplyFinding::detail).containsExactly("何时");
    }

    @Test
    void personalDataAndSensitiveWordsAreFound() {
        ReplyAssessment a = assess("市城管局已于12月3日更换朗州路金霞小区路灯，反映人张某电话13812341234，刁民", List.of("刁民"), true,
                List.of());
        assertThat(issues(a)).contains(ReplyIssue.PERSONAL_DATA, ReplyIssue.SENSITIVE_WORDS);
        assertThat(a.findings()).filteredOn(f -> f.issue() == ReplyIssue.SENSITIVE_WORDS)
                .extracting(ReplyFinding::detail).containsExactly("刁民");
    }

    @Test
    void farShorterThanSimilarRepliesNeedsThreeOfThem() {
        String reply = "市城管局已于12月3日更换朗州路金霞小区路灯。";
        assertThat(issues(assess(reply, List.of(), false, List.of(200, 220)))).doesNotContain(ReplyIssue.MUCH_SHORTER);
        ReplyAssessment a = assess(reply, List.of(), false, List.of(200, 220, 260));
        assertThat(issues(a)).containsExactly(ReplyIssue.MUCH_SHORTER);
        assertThat(a.findings().get(0).detail()).contains("220");
    }

    @Test
    void theScoreNeverGoesBelowZero() {
        ReplyAssessment a = assess("谢谢！", List.of("刁民"), true, List.of(300, 300, 300));
        assertThat(a.score()).isZero();
    }

    @Test
    void questionTypesAreRecognised() {
        assertThat(QuestionType.askedIn("请问购买公寓能否享受购房补贴？补贴标准是多少？"))
                .containsExactlyInAnyOrder(QuestionType.WHETHER, QuestionType.HOW_MUCH);
        assertThat(QuestionType.askedIn("小区噪音扰民严重，请有关部门管一管。")).isEmpty();
        assertThat(QuestionType.askedIn("孩子上学的手续怎么办理")).containsExactly(QuestionType.HOW);
    }
}
