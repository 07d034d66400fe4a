package org.minsheng.cases.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.Channel;
import org.minsheng.identity.api.Roles;

class CoHandlingSupervisionTest {

    private final CaseWorld world = new CaseWorld();

    private CaseFile coHandledByCgj() {
        world.staff.add("cgjhead", "cgj", Roles.DEPT_ADMIN);
        CaseFile c = world.received(Channel.MESSAGE_BOARD, "占道经营");
        world.as("ddy").dispatch().dispatch(c.id(), "zjj", null, List.of("cgj"), List.of(), c.version());
        return c;
    }

    @Test
    void aCoHandlerGetsFiveWorkingDaysOfItsOwn() {
        CaseFile c = coHandledByCgj();

        CaseDetails d = world.as("ddy").workbench().forStaff(c.id());

        // Dispatched Monday 30 November: five working days end with Monday 7 December (city time).
        assertThat(d.participants()).singleElement().satisfies(p -> {
            assertThat(p.dueAt()).isEqualTo(Instant.parse("2026-12-07T16:00:00Z"));
            assertThat(p.warningLevel()).isEqualTo("NONE");
        });
        assertThat(d.dueAt()).as("the lead department's 15 days").isAfter(Instant.parse("2026-12-07T16:00:00Z"));
    }

    @Test
    void yellowThenRedRemindTheCoHandlerOnceEach() {
        CaseFile c = coHandledByCgj();
        CoHandlingSupervision sweep = world.coHandlingSupervision();

        world.later(Duration.ofDays(2));
        assertThat(sweep.sweep()).isZero();
        world.later(Duration.ofDays(5)); // Monday 7 December 10:00, past 80 % of the time
        assertThat(sweep.sweep()).isEqualTo(1);
        assertThat(sweep.sweep()).as("once").isZero();
        assertThat(world.inbox.subjectsTo("cgj1")).contains("协办催办：" + c.trackingNumber() + " 协办意见即将到期");
        world.later(Duration.ofDays(1)); // Tuesday 8 December: overdue
        assertThat(sweep.sweep()).isEqualTo(1);
        assertThat(world.inbox.subjectsTo("cgjhead")).containsExactly("协办督办：" + c.trackingNumber() + " 协办意见已超期");
        assertThat(world.inbox.subjectsTo("zjj1")).noneMatch(s -> s.startsWith("协办"));
    }

    @Test
    void anOpinionInTimeStopsTheReminders() {
        CaseFile c = coHandledByCgj();
        world.as("cgj1").handling().giveOpinion(c.id(), "占道摊点属城管执法范围，已安排巡查。");

        world.later(Duration.ofDays(10));

        assertThat(world.coHandlingSupervision().sweep()).isZero();
    }
}
