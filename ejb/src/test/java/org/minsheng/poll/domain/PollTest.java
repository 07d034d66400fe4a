package org.minsheng.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollTest {

    private static final Instant BEFORE = Instant.parse("2026-11-30T12:00:00Z");
    private static final Instant DURING = Instant.parse("2026-12-15T00:00:00Z");
    private static final Instant AFTER = Instant.parse("2026-12-31T00:00:00Z");

    @Test
    void statusFollowsTheClockAndTheClosingTimeIsExclusive() {
        Poll poll = BallotRulesTest.poll(ResultsVisibility.LIVE);
        assertThat(poll.status(BEFORE)).isEqualTo(PollStatus.SCHEDULED);
        assertThat(poll.status(DURING)).isEqualTo(PollStatus.OPEN);
        assertThat(poll.status(AFTER)).isEqualTo(PollStatus.CLOSED);
    }

    @Test
    void resultsAfterClosingAreHiddenFromStaffToo() {
        Poll poll = BallotRulesTest.poll(ResultsVisibility.AFTER_CLOSING);
        assertThat(poll.resultsVisible(DURING, true, true)).isFalse();
        assertThat(poll.resultsVisible(AFTER, false, false)).isTrue();
    }

    @Test
    void resultsAfterAnsweringAreShownToThoseWhoAnsweredAndToStaff() {
        Poll poll = BallotRulesTest.poll(ResultsVisibility.AFTER_ANSWERING);
        assertThat(poll.resultsVisible(DURING, false, false)).isFalse();
        assertThat(poll.resultsVisible(DURING, true, false)).isTrue();
        assertThat(poll.resultsVisible(DURING, false, true)).isTrue();
        assertThat(poll.resultsVisible(AFTER, false, false)).isTrue();
        assertThat(BallotRulesTest.poll(ResultsVisibility.LIVE).resultsVisible(DURING, false, false)).isTrue();
    }

    @Test
    void closingEarlyMovesTheClosingTimeForwardOnly() {
        Poll poll = BallotRulesTest.poll(ResultsVisibility.LIVE);
        poll.closeAt(DURING);
        assertThat(poll.closesAt()).isEqualTo(DURING);
        assertThat(poll.status(DURING)).isEqualTo(PollStatus.CLOSED);
        poll.closeAt(AFTER);
        assertThat(poll.closesAt()).isEqualTo(DURING);
    }

    @Test
    void participantHashesDependOnThePollsSalt() {
        Poll poll = BallotRulesTest.poll(ResultsVisibility.LIVE);
        assertThat(Participants.device(poll, "t")).hasSize(64).isNotEqualTo(Participants.account(poll, "t"));
        assertThat(Participants.address(poll, "10.0.0.1")).doesNotContain("10.0.0.1");
    }
}
