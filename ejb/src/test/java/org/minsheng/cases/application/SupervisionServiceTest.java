package org.minsheng.cases.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.minsheng.cases.domain.CaseEscalated;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.WarningLevel;

class SupervisionServiceTest {

    private final CaseWorld world = new CaseWorld();

    @Test
    void eachWarningIsRaisedOnceAsTheTimeLimitNearsAndPasses() {
        CaseFile c = world.handledByZjj("楼道漏水");
        SupervisionService supervision = world.supervision();

        assertThat(supervision.sweep()).as("plenty of time").isZero();
        world.later(Duration.ofDays(18));
        assertThat(supervision.sweep()).isEqualTo(1);
        assertThat(supervision.sweep()).as("once only").isZero();
        assertThat(c.timeLimit().warningLevel()).isEqualTo(WarningLevel.YELLOW);
        assertThat(world.inbox.subjectsTo("zjj1")).contains("催办：" + c.trackingNumber() + " 即将到期");

        world.later(Duration.ofDays(5));
        assertThat(supervision.sweep()).isEqualTo(1);

        assertThat(c.timeLimit().warningLevel()).isEqualTo(WarningLevel.RED);
        assertThat(world.inbox.subjectsTo("zjjhead")).containsExactly("督办：" + c.trackingNumber() + " 已超期");
        assertThat(world.inbox.subjectsTo("shizhang")).containsExactly("督办：市住建局超期件 " + c.trackingNumber());
        assertThat(world.timeline.stepsOf(c.id())).extracting(s -> s.kind().name()).endsWith("REMINDED", "ESCALATED");
        assertThat(world.events.of(CaseEscalated.class)).extracting(CaseEscalated::level)
                .containsExactly(WarningLevel.YELLOW, WarningLevel.RED);
        assertThat(world.audit.records).filteredOn(a -> a.action().equals("case.warning"))
                .extracting(Fakes.Audited::detail).containsExactly("YELLOW", "RED");
    }

    @Test
    void anAnswerNobodyRatesIsClosedAfterTenDays() {
        CaseFile c = world.handledByZjj("楼道漏水");
        world.as("zjj1").handling().answer(c.id(), "已维修。", false, c.version());
        world.as("shy").review().approve(c.id(), c.version());
        SupervisionService supervision = world.supervision();

        world.later(Duration.ofDays(9));
        supervision.sweep();
        assertThat(c.status()).isEqualTo(CaseStatus.ANSWERED);

        world.later(Duration.ofDays(2));
        supervision.sweep();
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(world.audit.records).last().satisfies(a -> assertThat(a.actor() + " " + a.action() + " " + a.detail())
                .isEqualTo("system case.close unrated"));
    }
}
