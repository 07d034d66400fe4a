package org.minsheng.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.IllegalTransition;
import org.minsheng.shared.error.ValidationFailed;

class LeaderServiceTest {

    private final CaseWorld world = new CaseWorld();

    @Test
    void theMailboxHoldsTheLeadersLettersNewestFirst() {
        CaseFile first = world.received(Channel.LEADER_MAILBOX, "给市长的第一封信");
        world.later(Duration.ofHours(1));
        CaseFile second = world.received(Channel.LEADER_MAILBOX, "给市长的第二封信");
        world.received(Channel.MESSAGE_BOARD, "普通留言");

        assertThat(world.as("shizhang").leaders().leaderMailbox("shizhang")).extracting(q -> q.id())
                .containsExactly(second.id(), first.id());
        assertThat(world.leaders().leaderMailbox("fushizhang")).isEmpty();
    }

    @Test
    void anInstructionIsShownToTheHandlersAndTellsThem() {
        CaseFile c = world.handledByZjj("楼道漏水");

        CaseDetails d = world.as("shizhang").leaders().instruct(c.id(), " 请尽快解决 ");

        assertThat(d.leaderInstruction()).isEqualTo("请尽快解决");
        assertThat(world.inbox.subjectsTo("zjj1")).contains("领导批示：" + c.trackingNumber());
        assertThat(d.timeline()).extracting(t -> t.action() + " " + t.note()).last().isEqualTo("INSTRUCTED 请尽快解决");
    }

    @Test
    void noInstructionWithoutTextOrOnAClosedCase() {
        CaseFile c = world.received(Channel.MESSAGE_BOARD, "看不懂的留言");
        world.as("ddy").dispatch().refuse(c.id(), "UNCLEAR", null, c.version());
        LeaderService leaders = world.as("shizhang").leaders();

        assertThatThrownBy(() -> leaders.instruct(c.id(), " ")).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> leaders.instruct(c.id(), "请处理")).isInstanceOf(IllegalTransition.class);
    }
}
