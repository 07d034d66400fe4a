package org.minsheng.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.IllegalTransition;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.NotFound;

class ExtensionServiceTest {

    private final CaseWorld world = new CaseWorld();

    private CaseFile withExtensionRequest(String title, int days) {
        CaseFile c = world.handledByZjj(title);
        world.as("zjj1").handling().requestExtension(c.id(), days, "需协调施工单位", c.version());
        return c;
    }

    @Test
    void aGrantedExtensionMovesTheDueDateByWorkingDays() {
        CaseFile c = withExtensionRequest("楼道漏水", 5);
        Instant due = c.timeLimit().dueAt();

        CaseDetails d = world.as("zjjhead").extensions().decideExtension(c.id(), true, c.version());

        assertThat(d.limitDays()).isEqualTo(20);
        assertThat(d.dueAt()).as("Mon 21 Dec + 5 working days = Mon 28 Dec").isEqualTo(due.plus(Duration.ofDays(7)));
        assertThat(d.extensionDays()).isNull();
        assertThat(world.inbox.subjectsTo("zjj1")).contains("延期已批准：" + c.trackingNumber());
        assertThat(world.audit.records).last().satisfies(a -> assertThat(a.action() + " " + a.detail())
                .isEqualTo("case.extension.grant 5"));
    }

    @Test
    void aRefusedExtensionKeepsTheDueDate() {
        CaseFile c = withExtensionRequest("楼道漏水", 5);
        Instant due = c.timeLimit().dueAt();
        ExtensionService extensions = world.as("zjjhead").extensions();

        CaseDetails d = extensions.decideExtension(c.id(), false, c.version());

        assertThat(d.dueAt()).isEqualTo(due);
        assertThat(d.limitDays()).isEqualTo(15);
        assertThat(d.timeline()).extracting(t -> t.action()).last().isEqualTo("EXTENSION_REFUSED");
        assertThatThrownBy(() -> extensions.decideExtension(c.id(), true, c.version()))
                .as("nothing pending any more").isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aDepartmentHeadSeesAndDecidesOnlyTheDepartmentsRequests() {
        CaseFile ours = withExtensionRequest("楼道漏水", 5);
        CaseFile theirs = world.received(Channel.MESSAGE_BOARD, "占道经营");
        world.as("ddy").dispatch().dispatch(theirs.id(), "cgj", null, null, null, theirs.version());
        world.as("cgj1").handling().requestExtension(theirs.id(), 3, "等待联合执法", theirs.version());
        world.staff.add("admin", null, Roles.ADMIN);

        assertThat(world.as("zjjhead").extensions().extensionRequests()).extracting(q -> q.id())
                .containsExactly(ours.id());
        assertThat(world.as("admin").extensions().extensionRequests()).extracting(q -> q.id())
                .containsExactlyInAnyOrder(ours.id(), theirs.id());
        assertThatThrownBy(() -> world.as("zjjhead").extensions().decideExtension(theirs.id(), true, theirs.version()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void reportsNeverAppearInTheExtensionQueue() {
        CaseFile report = world.received(Channel.REPORT_MAILBOX, "举报某科长");
        report.dispatchTo("jw", 30, world.clock.instant(), world.clock.instant().plus(Duration.ofDays(40)));
        world.as("jw1").handling().requestExtension(report.id(), 10, "需调查取证", report.version());
        world.staff.add("admin", null, Roles.ADMIN);

        assertThat(world.as("admin").extensions().extensionRequests()).isEmpty();
    }
}
