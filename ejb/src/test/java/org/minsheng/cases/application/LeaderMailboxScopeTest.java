package org.minsheng.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseType;
import org.minsheng.cases.domain.Channel;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.Forbidden;

class LeaderMailboxScopeTest {

    private final CaseWorld world = new CaseWorld();

    private CaseFile letterTo(String leader, String title) {
        CaseFile c = new CaseFile(java.util.UUID.randomUUID().toString(),
                String.format("MS20261130-%05d", world.cases.nextTrackingSequence()), "123456", Channel.LEADER_MAILBOX,
                leader, title, "内容", null, null, false, CaseType.COMPLAINT, world.clock.instant());
        world.cases.add(c);
        return c;
    }

    @Test
    void aViceMayorsOfficeReadsOnlyItsLeadersLetters() {
        CaseFile own = letterTo("fushizhang", "给副市长的信");
        letterTo("shizhang", "给市长的信");
        LeaderService office = world.as("fsz-office").leaders();

        assertThat(office.readableMailboxes()).containsExactly("fushizhang");
        assertThat(office.leaderMailbox("fushizhang")).extracting(q -> q.id()).containsExactly(own.id());
        assertThatThrownBy(() -> office.leaderMailbox("shizhang")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> office.leaderMailbox("no-such-leader"))
                .isInstanceOf(org.minsheng.shared.error.NotFound.class);
    }

    @Test
    void theMayorsOfficeReadsEveryMailboxAndAnUnlinkedLeaderAccountNone() {
        letterTo("fushizhang", "给副市长的信");

        assertThat(world.as("shizhang").leaders().readableMailboxes()).containsExactly("shizhang", "fushizhang");
        assertThat(world.leaders().leaderMailbox("fushizhang")).hasSize(1);

        world.staff.add("unlinked", null, Roles.LEADER);
        assertThat(world.as("unlinked").leaders().readableMailboxes()).isEmpty();
        assertThatThrownBy(() -> world.leaders().leaderMailbox("fushizhang")).isInstanceOf(Forbidden.class);
    }
}
