package org.minsheng.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.cases.api.Workbench;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.WarningLevel;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;

class WorkbenchServiceTest {

    private final CaseWorld world = new CaseWorld();

    @Test
    void theWorkbenchCountsEachQueue() {
        CaseFile toSign = world.received(Channel.MESSAGE_BOARD, "待签收");
        world.as("ddy").dispatch().dispatch(toSign.id(), "zjj", null, null, null, toSign.version());
        CaseFile handling = world.handledByZjj("办理中");
        CaseFile overdue = world.handledByZjj("已超期");
        overdue.raiseWarning(WarningLevel.RED);
        CaseFile coHandled = world.received(Channel.MESSAGE_BOARD, "协办件");
        world.as("ddy").dispatch().dispatch(coHandled.id(), "cgj", null, List.of("zjj"), null, coHandled.version());

        Workbench bench = world.as("zjj1").workbench().workbench("HANDLING");

        assertThat(bench.counts()).containsEntry("TO_SIGN", 1L).containsEntry("HANDLING", 2L)
                .containsEntry("OVERDUE", 1L).containsEntry("DUE_SOON", 0L).containsEntry("CO_HANDLING", 1L);
        assertThat(bench.items()).extracting(q -> q.id()).containsExactlyInAnyOrder(handling.id(), overdue.id());
        assertThat(world.workbench().workbench("NO_SUCH_QUEUE").queue()).isEqualTo("TO_SIGN");
        assertThat(world.workbench().workbench("CO_HANDLING").items()).extracting(q -> q.id())
                .containsExactly(coHandled.id());
    }

    @Test
    void reportsAreOnTheDisciplineOfficersDeskOnly() {
        CaseFile report = world.received(Channel.REPORT_MAILBOX, "举报某科长");
        report.dispatchTo("jw", 30, world.clock.instant(), world.clock.instant().plus(Duration.ofDays(40)));
        world.staff.add("jwhandler", "jw", org.minsheng.identity.api.Roles.HANDLER);

        assertThat(world.as("jw1").workbench().myQueue()).extracting(q -> q.id()).containsExactly(report.id());
        assertThat(world.as("jwhandler").workbench().myQueue()).as("a handler of the same office").isEmpty();
        assertThatThrownBy(() -> world.as("jwhandler").workbench().forStaff(report.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> world.as("ddy").workbench().forStaff(report.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> world.as("shizhang").workbench().forStaff(report.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void everyViewOfAReportIsAudited() {
        CaseFile report = world.received(Channel.REPORT_MAILBOX, "举报某科长");
        CaseFile letter = world.received(Channel.MESSAGE_BOARD, "普通留言");

        assertThat(world.as("jw1").workbench().forStaff(report.id()).residentMobile()).isEqualTo("13812345678");
        world.as("ddy").workbench().forStaff(letter.id());

        assertThat(world.audit.records).singleElement().satisfies(a -> assertThat(a.actor() + " " + a.action())
                .isEqualTo("jw1 case.view.report"));
    }

    @Test
    void handlersSeeTheirDepartmentsCasesAndThoseTheyCoHandle() {
        CaseFile ours = world.handledByZjj("楼道漏水");
        CaseFile copied = world.received(Channel.MESSAGE_BOARD, "抄告件");
        world.as("ddy").dispatch().dispatch(copied.id(), "zjj", null, null, List.of("cgj"), copied.version());
        CaseFile elsewhere = world.received(Channel.MESSAGE_BOARD, "别处的件");
        world.as("ddy").dispatch().dispatch(elsewhere.id(), "zjj", null, null, null, elsewhere.version());
        WorkbenchService workbench = world.as("cgj1").workbench();

        assertThat(workbench.forStaff(copied.id()).title()).isEqualTo("抄告件");
        assertThatThrownBy(() -> workbench.forStaff(ours.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> workbench.forStaff("no-such-id")).isInstanceOf(NotFound.class);
    }

    @Test
    void aStaffAccountThatIsGoneMayDoNothing() {
        CaseFile c = world.received(Channel.MESSAGE_BOARD, "留言");
        world.caller.name = "left-last-year";

        assertThatThrownBy(() -> world.workbench().forStaff(c.id())).isInstanceOf(Forbidden.class);
    }
}
