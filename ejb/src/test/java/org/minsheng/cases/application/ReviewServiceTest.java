package org.minsheng.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.domain.CaseAnswered;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;

class ReviewServiceTest {

    private final CaseWorld world = new CaseWorld();

    private CaseFile inReview(String title) {
        CaseFile c = world.handledByZjj(title);
        world.as("zjj1").handling().answer(c.id(), "已维修。", true, c.version());
        return c;
    }

    @Test
    void approvalAnswersTheCaseAndEveryCaseMergedIntoIt() {
        CaseFile c = world.handledByZjj("小区停水");
        CaseFile repeat = world.received(Channel.MESSAGE_BOARD, "小区又停水");
        world.as("ddy").dispatch().merge(repeat.id(), c.trackingNumber(), repeat.version());
        world.as("zjj1").handling().answer(c.id(), "已恢复供水。", true, c.version());
        world.later(java.time.Duration.ofHours(3));

        CaseDetails d = world.as("shy").review().approve(c.id(), c.version());

        assertThat(d.status()).isEqualTo("ANSWERED");
        assertThat(d.reply()).isEqualTo("已恢复供水。");
        assertThat(d.published()).isTrue();
        assertThat(world.watchedPages.watched.get(c.trackingNumber())).as("the published page is put under watch")
                .isEqualTo(new WatchedPages.Registered("ANSWER", "/board/" + c.trackingNumber(),
                        List.of("小区停水", "内容：小区停水", "已恢复供水。")));
        assertThat(world.searchPublished.events).as("offered to search, masked as on the board").singleElement()
                .satisfies(e -> {
                    assertThat(e.document().kind()).isEqualTo("ANSWER");
                    assertThat(e.document().key()).isEqualTo(c.trackingNumber());
                    assertThat(e.document().title()).isEqualTo("小区停水");
                    assertThat(e.document().text()).isEqualTo("内容：小区停水\n已恢复供水。");
                    assertThat(e.document().url()).isEqualTo("/board/" + c.trackingNumber());
                    assertThat(e.document().departmentCode()).isEqualTo("zjj");
                });
        assertThat(world.events.of(CaseAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.minutesTaken()).isEqualTo(180));
        assertThat(world.inbox.subjectsTo("resident:" + c.id())).containsExactly("您的留言已答复，请评价");
        assertThat(world.inbox.subjectsTo("resident:" + repeat.id())).endsWith("与您的留言合并办理的主件已答复");
        assertThat(world.timeline.stepsOf(repeat.id())).extracting(s -> s.kind() + " " + s.note())
                .endsWith(StepKind.ANSWERED + " 主件 " + c.trackingNumber());
        assertThat(world.audit.records).last()
                .satisfies(a -> assertThat(a.actor() + " " + a.action() + " " + a.detail()).isEqualTo("shy case.answer public"));
    }

    @Test
    void aReplySentBackReturnsToTheHandlerWithTheReason() {
        CaseFile c = inReview("楼道漏水");

        CaseDetails d = world.as("zjjhead").review().sendBack(c.id(), "请写明维修时间", c.version());

        assertThat(d.status()).isEqualTo("HANDLING");
        assertThat(d.statusNote()).isEqualTo("请写明维修时间");
        assertThat(world.inbox.subjectsTo("zjj1")).contains("答复被退回修改：" + c.trackingNumber());
        assertThat(world.as("zjj1").workbench().workbench("SENT_BACK").items()).extracting(q -> q.id())
                .containsExactly(c.id());
    }

    @Test
    void aDepartmentHeadReviewsOnlyTheDepartmentsReplies() {
        CaseFile c = world.received(Channel.MESSAGE_BOARD, "占道经营");
        world.as("ddy").dispatch().dispatch(c.id(), "cgj", null, List.of("zjj"), null, c.version());
        world.as("cgj1").handling().answer(c.id(), "已处理", false, c.version());

        assertThat(world.as("zjjhead").review().reviewQueue()).isEmpty();
        assertThat(world.as("shy").review().reviewQueue()).extracting(q -> q.id()).containsExactly(c.id());
        assertThatThrownBy(() -> world.as("zjjhead").review().approve(c.id(), c.version()))
                .as("the co-handling department's head sees the case but does not review it")
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> world.as("cgj1").review().approve(c.id(), c.version() + 1))
                .isInstanceOf(org.minsheng.shared.error.Conflict.class);
    }

    @Test
    void anAnswerToAMessageWithSensitiveWordsWaitsForAReviewerBeforePublication() {
        CaseFile c = world.handledByZjj("这个混蛋物业");
        c.findings().recordSensitiveWords(List.of("混蛋", "垃圾"));
        world.as("zjj1").handling().answer(c.id(), "已约谈物业。", true, c.version());
        ReviewService review = world.as("shy").review();

        CaseDetails answered = review.approve(c.id(), c.version());
        assertThat(answered.published()).isFalse();
        assertThat(answered.heldForReview()).isTrue();
        assertThat(answered.sensitiveWords()).isEqualTo("混蛋、垃圾");
        assertThat(world.watchedPages.watched).as("a held answer is not on the board, so not watched").isEmpty();
        assertThat(review.heldForReview()).extracting(q -> q.id()).containsExactly(c.id());

        CaseDetails published = review.decidePublication(c.id(), true);

        assertThat(published.published()).isTrue();
        assertThat(world.watchedPages.watched).containsKey(c.trackingNumber());
        assertThat(review.heldForReview()).isEmpty();
        assertThat(world.audit.records).last().satisfies(a -> assertThat(a.action() + " " + a.detail())
                .isEqualTo("case.publication.approve 混蛋、垃圾"));
    }

    @Test
    void reviewersNeverSeeReports() {
        CaseFile report = world.received(Channel.REPORT_MAILBOX, "举报某科长");

        assertThatThrownBy(() -> world.as("shy").review().decidePublication(report.id(), true))
                .isInstanceOf(NotFound.class);
    }
}
