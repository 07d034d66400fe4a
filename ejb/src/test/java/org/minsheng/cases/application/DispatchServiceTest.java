package org.minsheng.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.domain.CaseDispatched;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.ParticipantRole;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.nlp.api.TrainingData;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.ValidationFailed;

class DispatchServiceTest {

    private final CaseWorld world = new CaseWorld();
    private final DispatchService dispatch = world.dispatch();

    @Test
    void dispatchingStartsTheTimeLimitInWorkingDays() {
        CaseFile c = world.received(Channel.MESSAGE_BOARD, "楼道漏水");
        world.as("ddy");

        CaseDetails d = dispatch.dispatch(c.id(), "zjj", null, null, null, c.version());

        assertThat(d.status()).isEqualTo("DISPATCHED");
        assertThat(d.departmentCode()).isEqualTo("zjj");
        assertThat(d.limitDays()).as("a complaint").isEqualTo(15);
        assertThat(d.dueAt()).as("Mon 30 Nov + 15 working days = Mon 21 Dec, due at its end in the city")
                .isEqualTo(Instant.parse("2026-12-21T16:00:00Z"));
        assertThat(d.timeline()).extracting(t -> t.action() + " " + t.note()).containsExactly("DISPATCHED 市住建局");
        assertThat(world.audit.records).singleElement()
                .satisfies(a -> assertThat(a.actor() + " " + a.action() + " " + a.detail()).isEqualTo("ddy case.dispatch zjj"));
        assertThat(world.events.of(CaseDispatched.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("manual"));
        assertThat(world.inbox.subjectsTo("zjj1")).containsExactly("新分办件：" + c.trackingNumber());
    }

    @Test
    void anUrgentCaseGetsTheShortLimit() {
        CaseFile c = world.received(Channel.MESSAGE_BOARD, "燃气泄漏");
        c.recordAnalysis("燃气", 0.9, List.of(), true, "燃气泄漏（燃气）");

        CaseDetails d = world.as("ddy").dispatch().dispatch(c.id(), "zjj", null, null, null, c.version());

        assertThat(d.limitDays()).isEqualTo(2);
        assertThat(d.dueAt()).as("end of Wed 2 Dec").isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
    }

    @Test
    void coHandlersAndCopiesJoinTheCaseAndACorrectedCategoryIsLearnt() {
        CaseFile c = world.received(Channel.MESSAGE_BOARD, "占道经营");
        c.recordAnalysis("市容环境", 0.4, List.of(), false, null);
        world.as("ddy");

        CaseDetails d = dispatch.dispatch(c.id(), "zjj", "城市管理", List.of("cgj", "cgj", " "), List.of("jw"),
                c.version());

        assertThat(d.category()).isEqualTo("城市管理");
        assertThat(d.participants()).extracting(p -> p.departmentCode() + " " + p.role())
                .containsExactlyInAnyOrder("cgj " + ParticipantRole.CO_HANDLER, "jw " + ParticipantRole.COPY);
        assertThat(d.timeline()).extracting(t -> t.action() + " " + t.note())
                .containsExactly("COPIED jw", "DISPATCHED 市住建局（协办：cgj）");
        assertThat(world.inbox.subjectsTo("cgj1")).containsExactly("协办件：" + c.trackingNumber());
        assertThat(world.training.examples).singleElement()
                .satisfies(e -> assertThat(e.label() + " " + e.source()).isEqualTo("城市管理 " + TrainingData.DISPATCHER_CORRECTION));
    }

    @Test
    void aReturnedCaseGoesToAnotherDepartmentAndTheChoiceIsLearnt() {
        CaseFile c = world.handledByZjj("路灯不亮");
        world.as("zjj1").handling().returnCase(c.id(), "不属于本单位职责", c.version());
        assertThat(world.inbox.subjectsTo("ddy")).containsExactly("退单待改派：" + c.trackingNumber());

        CaseDetails d = world.as("ddy").dispatch().dispatch(c.id(), "cgj", "市政设施", null, null, c.version());

        assertThat(d.departmentCode()).isEqualTo("cgj");
        assertThat(world.events.of(CaseDispatched.class)).extracting(CaseDispatched::reason)
                .containsExactly("manual", "re-dispatch");
        assertThat(world.training.examples).extracting(Fakes.Example::source)
                .containsExactly(TrainingData.DEPARTMENT_RETURN);
    }

    @Test
    void refusingNeedsAReasonAndTellsTheResident() {
        CaseFile c = world.received(Channel.MESSAGE_BOARD, "看不懂的留言");
        world.as("ddy");

        assertThatThrownBy(() -> dispatch.refuse(c.id(), "NO_SUCH_REASON", null, c.version()))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("reason"));
        assertThatThrownBy(() -> dispatch.refuse(c.id(), "OTHER", " ", c.version()))
                .as("OTHER needs a note").isInstanceOf(ValidationFailed.class);

        CaseDetails d = dispatch.refuse(c.id(), "UNCLEAR", null, c.version());

        assertThat(d.status()).isEqualTo("NOT_ACCEPTED");
        assertThat(world.inbox.subjectsTo("resident:" + c.id())).singleElement().asString().startsWith("您的留言不予受理：");
        assertThat(world.audit.actions()).containsExactly("case.refuse");
    }

    @Test
    void aStepOnAnOutdatedVersionIsRefused() {
        CaseFile c = world.received(Channel.MESSAGE_BOARD, "噪音扰民");

        assertThatThrownBy(() -> world.as("ddy").dispatch().accept(c.id(), c.version() + 1)).isInstanceOf(Conflict.class);
        assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
    }

    @Test
    void aCaseMergesIntoItsMasterButNeverIntoAReport() {
        CaseFile master = world.received(Channel.MESSAGE_BOARD, "小区停水");
        CaseFile repeat = world.received(Channel.MESSAGE_BOARD, "小区又停水");
        CaseFile report = world.received(Channel.REPORT_MAILBOX, "举报某科长");
        world.as("ddy");

        assertThatThrownBy(() -> dispatch.merge(repeat.id(), report.trackingNumber(), repeat.version()))
                .as("a report is never revealed as a master").isInstanceOf(NotFound.class);

        CaseDetails d = dispatch.merge(repeat.id(), master.trackingNumber(), repeat.version());

        assertThat(repeat.status()).isEqualTo(CaseStatus.MERGED);
        assertThat(d.status()).as("staff see the master's status").isEqualTo("REGISTERED");
        assertThat(d.masterTrackingNumber()).isEqualTo(master.trackingNumber());
        assertThat(world.timeline.stepsOf(master.id())).extracting(s -> s.kind() + " " + s.note())
                .containsExactly(StepKind.NOTE + " 并入 " + repeat.trackingNumber());
        assertThat(world.inbox.subjectsTo("resident:" + repeat.id())).containsExactly("您的留言已与同类诉求合并办理");
    }

    @Test
    void theDispatchQueueShowsUrgentCasesFirstAndNoReports() {
        CaseFile first = world.received(Channel.MESSAGE_BOARD, "早到的留言");
        world.received(Channel.REPORT_MAILBOX, "举报");
        CaseFile urgent = world.received(Channel.MESSAGE_BOARD, "电梯困人");
        urgent.recordAnalysis("电梯", 0.9, List.of(), true, "困人");

        assertThat(world.as("ddy").dispatch().dispatchQueue()).extracting(q -> q.trackingNumber())
                .containsExactly(urgent.trackingNumber(), first.trackingNumber());
    }
}
