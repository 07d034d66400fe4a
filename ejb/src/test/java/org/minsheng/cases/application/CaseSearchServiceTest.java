package org.minsheng.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.minsheng.cases.api.CaseSearchRow;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.Channel;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.paging.Page;

class CaseSearchServiceTest {

    private final CaseWorld world = new CaseWorld();

    @Test
    void criteriaNarrowAndPagesGoPastTheQueues() {
        for (int i = 0; i < 230; i++) {
            world.handledByZjj("楼道堆物" + i);
            world.later(Duration.ofMinutes(1));
        }
        CaseFile noise = world.handledByZjj("工地夜间噪音");

        Page<CaseSearchRow> first = world.as("ddy").caseSearch().search(null, "堆物", null, "zjj", null, null, null, 1, 100);
        assertThat(first.total()).isEqualTo(230);
        assertThat(first.items()).hasSize(100);
        assertThat(first.items().get(0).title()).as("newest first").isEqualTo("楼道堆物229");
        Page<CaseSearchRow> third = world.caseSearch().search(null, "堆物", null, null, null, null, null, 3, 100);
        assertThat(third.items()).hasSize(30);
        assertThat(world.caseSearch().search(noise.trackingNumber(), null, null, null, null, null, null, 1, 10)
                .items()).extracting(CaseSearchRow::id).containsExactly(noise.id());
        assertThat(world.caseSearch().search(null, null, "13812345678", null, null, "2026-11-30", "2026-11-30", 1, 10)
                .total()).as("by mobile on the day").isEqualTo(231);
        assertThat(world.caseSearch().search(null, null, null, null, null, "2026-12-01", null, 1, 10).total()).isZero();
        assertThat(world.audit.records).filteredOn(r -> r.action().equals("case.search"))
                .allSatisfy(r -> assertThat(r.subjectId()).isEqualTo("all"));
    }

    @Test
    void departmentsFindTheirOwnAndReportsOnlyTheDisciplineOfficers() {
        CaseFile own = world.handledByZjj("小区停水");
        CaseFile report = world.received(Channel.REPORT_MAILBOX, "举报某科长");
        report.dispatchTo("jw", 30, world.clock.instant(), world.clock.instant().plus(Duration.ofDays(40)));
        world.received(Channel.MESSAGE_BOARD, "另一单位的件");

        assertThat(world.as("cgj1").caseSearch().search(null, null, null, null, null, null, null, 1, 50).items())
                .extracting(CaseSearchRow::id).doesNotContain(own.id(), report.id());
        assertThat(world.as("zjj1").caseSearch().search(null, null, null, null, null, null, null, 1, 50).items())
                .extracting(CaseSearchRow::id).containsExactly(own.id());
        assertThat(world.as("ddy").caseSearch().search(null, "举报", null, null, null, null, null, 1, 50).total())
                .as("the platform never finds a report").isZero();
        assertThat(world.as("jw1").caseSearch().search(null, null, null, null, null, null, null, 1, 50).items())
                .extracting(CaseSearchRow::id).containsExactly(report.id());
        assertThat(world.as("jw1").caseSearch().export(null, null, null, null, null, null, null, "csv").rows())
                .extracting(CaseSearchRow::id).containsExactly(report.id());
        assertThat(world.audit.records).filteredOn(r -> r.action().equals("case.export"))
                .singleElement().satisfies(r -> assertThat(r.subjectId()).isEqualTo("report-mailbox"));
    }

    @Test
    void badCriteriaAreRefusedFieldByField() {
        assertThatThrownBy(() -> world.as("ddy").caseSearch()
                .search(null, null, "138-1234", null, null, "2026-13-01", "2026-01-01", 1, 10))
                .isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(((ValidationFailed) e).errors()).extracting(f -> f.field())
                        .contains("mobile", "from"));
        assertThatThrownBy(() -> world.caseSearch().search(null, null, null, null, null, "2026-12-02", "2026-12-01", 1, 10))
                .isInstanceOf(ValidationFailed.class);
    }
}
