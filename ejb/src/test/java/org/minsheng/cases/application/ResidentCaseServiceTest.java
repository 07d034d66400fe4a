package org.minsheng.cases.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseReopened;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.FeedbackGiven;
import org.minsheng.cases.domain.QueryCodeGuard;
import org.minsheng.identity.api.ResidentPrincipal;

class ResidentCaseServiceTest {

    private final CaseWorld world = new CaseWorld();

    private CaseFile answered(String title) {
        CaseFile c = world.handledByZjj(title);
        world.as("zjj1").handling().answer(c.id(), "已维修。", true, c.version());
        world.as("shy").review().approve(c.id(), c.version());
        world.caller.name = AuditTrail.ANONYMOUS;
        world.caller.roles = java.util.Set.of();
        return c;
    }

    @Test
    void aLowRatingReopensTheCaseWithAFreshTimeLimit() {
        CaseFile c = answered("楼道漏水");
        world.later(Duration.ofDays(7));

        CaseDetails d = world.residents().rate(c.trackingNumber(), "123456", 1, "没有修好").orElseThrow();

        assertThat(d.status()).isEqualTo("HANDLING");
        assertThat(d.redoCount()).isEqualTo(1);
        assertThat(d.published()).as("the old answer leaves the board").isFalse();
        assertThat(world.watchedPages.watched).as("and its page is no longer watched").doesNotContainKey(c.trackingNumber());
        assertThat(d.dueAt()).as("15 working days from Mon 7 Dec: Mon 28 Dec")
                .isEqualTo(Instant.parse("2026-12-28T16:00:00Z"));
        assertThat(d.timeline()).extracting(t -> t.action()).endsWith("RATED", "REOPENED");
        assertThat(world.events.of(FeedbackGiven.class)).singleElement()
                .satisfies(e -> assertThat(e.reopened()).isTrue());
        assertThat(world.events.of(CaseReopened.class)).extracting(CaseReopened::why).containsExactly("dissatisfied");
        assertThat(world.inbox.subjectsTo("zjj1")).contains("群众不满意，需重办：" + c.trackingNumber());
        assertThat(world.insights.indexed).as("findable as a duplicate again").contains(c.id());
    }

    @Test
    void aGoodRatingClosesTheCase() {
        CaseFile c = answered("楼道漏水");

        CaseDetails d = world.residents().rate(c.trackingNumber(), "123456", 5, " ").orElseThrow();

        assertThat(d.status()).isEqualTo("CLOSED");
        assertThat(d.rating()).isEqualTo(5);
        assertThat(d.ratingComment()).isNull();
        assertThat(world.audit.records).last().satisfies(a -> assertThat(a.actor() + " " + a.action() + " " + a.detail())
                .isEqualTo("anonymous case.rate 5 closed"));
    }

    @Test
    void afterTheLastRedoEvenALowRatingCloses() {
        CaseFile c = answered("楼道漏水");
        ResidentCaseService residents = world.residents();
        for (int redo = 0; redo < 2; redo++) {
            residents.rate(c.trackingNumber(), "123456", 1, null);
            world.as("zjj1").handling().answer(c.id(), "再次维修。", true, c.version());
            world.as("shy").review().approve(c.id(), c.version());
        }

        residents.rate(c.trackingNumber(), "123456", 1, null);

        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.feedback().redoCount()).isEqualTo(2);
    }

    @Test
    void aWrongQueryCodeLooksLikeAnUnknownCaseAndTooManyLockTheCase() {
        CaseFile c = answered("楼道漏水");
        ResidentCaseService residents = world.residents();

        assertThat(residents.rate(c.trackingNumber(), "000000", 5, null)).isEmpty();
        assertThat(residents.rate("MS20261130-99999", "123456", 5, null)).isEmpty();
        assertThat(c.status()).isEqualTo(CaseStatus.ANSWERED);
        for (int i = 1; i < QueryCodeGuard.MAX_FAILED_LOOKUPS; i++) {
            residents.followUp(c.trackingNumber(), "000000", "还在吗");
        }
        assertThat(residents.rate(c.trackingNumber(), "123456", 5, null)).as("locked").isEmpty();

        world.later(QueryCodeGuard.LOOKUP_LOCK.plusSeconds(1));
        assertThat(residents.rate(c.trackingNumber(), "123456", 5, null)).isPresent();
    }

    @Test
    void aFollowUpQuestionSendsTheCaseBackToItsDepartment() {
        CaseFile c = answered("楼道漏水");
        assertThat(world.watchedPages.watched).containsKey(c.trackingNumber());

        CaseDetails d = world.residents().followUp(c.trackingNumber(), "123456", "什么时候再来？").orElseThrow();

        assertThat(d.status()).isEqualTo("HANDLING");
        assertThat(d.timeline()).extracting(t -> t.action() + " " + t.note()).last().isEqualTo("FOLLOW_UP 什么时候再来？");
        assertThat(world.events.of(CaseReopened.class)).extracting(CaseReopened::why).containsExactly("follow-up");
        assertThat(world.watchedPages.watched).doesNotContainKey(c.trackingNumber());
        assertThat(world.inbox.subjectsTo("zjj1")).contains("群众追问：" + c.trackingNumber());
    }

    @Test
    void aSignedInResidentSeesOnlyTheirOwnMessages() {
        CaseFile mine = world.received(Channel.MESSAGE_BOARD, "我的留言");
        mine.resident().signedIn("r-13800000000");
        world.received(Channel.MESSAGE_BOARD, "别人的留言").resident().signedIn("r-13900000000");
        world.caller.name = "r-13800000000";
        world.caller.roles = java.util.Set.of(ResidentPrincipal.ROLE);
        ResidentCaseService residents = world.residents();

        assertThat(residents.myMessages()).extracting(m -> m.title()).containsExactly("我的留言");
        assertThat(residents.myMessage(mine.trackingNumber())).get()
                .satisfies(d -> assertThat(d.residentMobile()).as("the resident view").isNull());
        assertThat(residents.myMessage("MS20261130-00002")).isEmpty();
    }
}
