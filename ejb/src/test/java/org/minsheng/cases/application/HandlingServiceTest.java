package org.minsheng.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseReturned;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.IllegalTransition;
import org.minsheng.cases.domain.ReplySubmitted;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.ValidationFailed;

class HandlingServiceTest {

    private final CaseWorld world = new CaseWorld();

    @Test
    void aReplyGoesToReviewAndTheReviewersAreTold() {
        CaseFile c = world.handledByZjj("楼道漏水");

        CaseDetails d = world.as("zjj1").handling().answer(c.id(), " 已维修。 ", true, c.version());

        assertThat(d.status()).isEqualTo("IN_REVIEW");
        assertThat(d.reply()).as("the resident sees nothing before review").isNull();
        assertThat(d.draftReply()).isEqualTo("已维修。");
        assertThat(world.inbox.subjectsTo("zjjhead")).containsExactly("答复待审核：" + c.trackingNumber());
        assertThat(world.inbox.subjectsTo("shy")).containsExactly("答复待审核：" + c.trackingNumber());
        assertThat(world.events.of(ReplySubmitted.class)).hasSize(1);
        assertThat(world.audit.actions()).containsExactly("case.dispatch", "case.sign", "case.reply.submit");
    }

    @Test
    void withoutReviewAReplyAnswersAtOnce() {
        CaseFile c = world.handledByZjj("楼道漏水");
        HandlingService handling = world.as("zjj1").handling();
        handling.reviewRequired = false;

        CaseDetails d = handling.answer(c.id(), "已维修。", true, c.version());

        assertThat(d.status()).isEqualTo("ANSWERED");
        assertThat(d.reply()).isEqualTo("已维修。");
        assertThat(d.published()).isTrue();
        assertThat(world.inbox.subjectsTo("resident:" + c.id())).containsExactly("您的留言已答复，请评价");
    }

    @Test
    void theDisciplineOfficesRepliesToReportsAreFinalAndNobodyElseHearsOfThem() {
        CaseFile report = world.received(Channel.REPORT_MAILBOX, "举报某科长");
        report.dispatchTo("jw", 30, world.clock.instant(), world.clock.instant().plus(Duration.ofDays(40)));

        CaseDetails d = world.as("jw1").handling().answer(report.id(), "已查处。", true, report.version());

        assertThat(d.status()).isEqualTo("ANSWERED");
        assertThat(d.published()).as("reports are never published").isFalse();
        assertThat(world.inbox.subjectsTo("shy")).isEmpty();
        assertThat(world.inbox.subjectsTo("zjjhead")).isEmpty();
    }

    @Test
    void anotherDepartmentNeitherSeesNorHandlesTheCase() {
        CaseFile c = world.handledByZjj("楼道漏水");

        assertThatThrownBy(() -> world.as("cgj1").handling().answer(c.id(), "不是我们的", false, c.version()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> world.as("jw1").handling().sign(c.id(), c.version()))
                .as("discipline officers see reports only").isInstanceOf(NotFound.class);
    }

    @Test
    void aCoHandlerGivesAnOpinionButDoesNotHandleTheCase() {
        CaseFile c = world.received(Channel.MESSAGE_BOARD, "占道经营");
        world.as("ddy").dispatch().dispatch(c.id(), "zjj", null, java.util.List.of("cgj"), null, c.version());
        HandlingService handling = world.as("cgj1").handling();

        assertThatThrownBy(() -> handling.sign(c.id(), c.version())).isInstanceOf(Forbidden.class);
        CaseDetails d = handling.giveOpinion(c.id(), "城管可配合执法");

        assertThat(d.participants()).singleElement()
                .satisfies(p -> assertThat(p.opinion() + " " + p.opinionBy()).isEqualTo("城管可配合执法 cgj1名"));
        assertThat(d.timeline()).extracting(t -> t.action() + " " + t.note()).contains("OPINION 市城管局：城管可配合执法");
        assertThat(world.inbox.subjectsTo("zjj1")).contains("协办意见已提交：" + c.trackingNumber());
    }

    @Test
    void noOpinionOnceTheReplyIsInReview() {
        CaseFile c = world.received(Channel.MESSAGE_BOARD, "占道经营");
        world.as("ddy").dispatch().dispatch(c.id(), "zjj", null, java.util.List.of("cgj"), null, c.version());
        world.as("zjj1").handling().answer(c.id(), "已处理", false, c.version());

        assertThatThrownBy(() -> world.as("cgj1").handling().giveOpinion(c.id(), "迟到的意见"))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void returningACaseStopsItsClockAndTellsTheDispatchers() {
        CaseFile c = world.handledByZjj("路灯不亮");

        CaseDetails d = world.as("zjj1").handling().returnCase(c.id(), " 不属于本单位 ", c.version());

        assertThat(d.status()).isEqualTo("RETURNED");
        assertThat(d.departmentCode()).isNull();
        assertThat(d.dueAt()).isNull();
        assertThat(d.statusNote()).isEqualTo("不属于本单位");
        assertThat(d.timeline()).extracting(t -> t.action() + " " + t.note()).last()
                .isEqualTo("RETURNED 市住建局：不属于本单位");
        assertThat(world.events.of(CaseReturned.class)).singleElement()
                .satisfies(e -> assertThat(e.departmentCode()).isEqualTo("zjj"));
    }

    @Test
    void theResidentsMaterialMovesTheDueDateByTheWorkingDaysTheCaseWaited() {
        CaseFile c = world.handledByZjj("楼道漏水");
        Instant due = c.timeLimit().dueAt();
        world.as("zjj1").handling().requestSupplement(c.id(), "请提供照片", c.version());
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
        assertThat(world.inbox.subjectsTo("resident:" + c.id())).containsExactly("请补充材料");

        world.later(Duration.ofDays(3));
        world.residents().supplement(c.trackingNumber(), "123456", "照片见附件");

        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        assertThat(c.timeLimit().dueAt()).as("Tue, Wed and Thu waited").isEqualTo(due.plus(Duration.ofDays(3)));
        assertThat(world.inbox.subjectsTo("zjj1")).contains("群众已补充材料：" + c.trackingNumber());
    }

    @Test
    void aHandlingStepWithAProgressLabel() {
        world.timeline.addSubStatus(new org.minsheng.cases.domain.SubStatusLabel("ON_SITE_CHECK", CaseStatus.HANDLING,
                "现场核实中", "Checking on site"));
        CaseFile c = world.handledByZjj("楼道漏水");
        HandlingService handling = world.as("zjj1").handling();

        assertThatThrownBy(() -> handling.record(c.id(), "VERIFIED", "已到现场", "NO_SUCH_LABEL", c.version()))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("subStatus"));
        CaseDetails d = handling.record(c.id(), "VERIFIED", "已到现场", "ON_SITE_CHECK", c.version());

        assertThat(d.subStatusZh()).isEqualTo("现场核实中");
        assertThat(d.timeline()).extracting(t -> t.action() + " " + t.note()).endsWith("SUB_STATUS 现场核实中",
                "VERIFIED 已到现场");
        assertThat(world.audit.records).last().satisfies(a -> assertThat(a.action() + " " + a.detail())
                .isEqualTo("case.record.verified ON_SITE_CHECK"));
    }

    @Test
    void oneExtensionRequestAtATime() {
        CaseFile c = world.handledByZjj("楼道漏水");
        HandlingService handling = world.as("zjj1").handling();

        handling.requestExtension(c.id(), 5, "需协调施工单位", c.version());

        assertThat(world.inbox.subjectsTo("zjjhead")).containsExactly("延期申请待审批：" + c.trackingNumber());
        assertThatThrownBy(() -> handling.requestExtension(c.id(), 3, "再延", c.version()))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> handling.requestExtension(c.id(), 31, "太久", c.version()))
                .isInstanceOf(ValidationFailed.class);
    }
}
