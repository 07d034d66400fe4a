package org.minsheng.interview.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterviewTest {

    private final Instant at = Instant.parse("2026-12-01T02:00:00Z");

    private Interview interview() {
        return new Interview("i1", "公交线网优化", "简介", "jtysj", at,
                List.of(new Guest("钱志远", "市交通运输局局长", "Director", null, "guest-jt")));
    }

    @Test
    void postsAreNumberedOneByOneFromOne() {
        Interview interview = interview();
        assertThat(interview.nextSequence()).isEqualTo(1);
        assertThat(interview.nextSequence()).isEqualTo(2);
        assertThat(interview.nextSequence()).isEqualTo(3);
        assertThat(interview.lastSequence()).isEqualTo(3);
    }

    @Test
    void goesFromAnnouncedToLiveToFinishedOnly() {
        Interview interview = interview();
        assertThat(interview.acceptsPosts()).isFalse();
        assertThat(interview.acceptsQuestions()).as("questions in advance").isTrue();
        assertThatThrownBy(() -> interview.finish("摘要", at)).isInstanceOf(IllegalStateException.class);
        interview.start(at);
        assertThat(interview.acceptsPosts()).isTrue();
        assertThatThrownBy(() -> interview.start(at)).isInstanceOf(IllegalStateException.class);
        interview.finish("摘要", at.plusSeconds(3600));
        assertThat(interview.status()).isEqualTo(InterviewStatus.FINISHED);
        assertThat(interview.acceptsPosts()).isFalse();
        assertThat(interview.acceptsQuestions()).isFalse();
        assertThat(interview.summary()).isEqualTo("摘要");
    }

    @Test
    void findsTheGuestOfAStaffAccount() {
        Interview interview = interview();
        assertThat(interview.guestFor("guest-jt")).map(Guest::name).contains("钱志远");
        assertThat(interview.guestFor("host")).isEmpty();
    }

    @Test
    void needsAGuest() {
        assertThatThrownBy(() -> new Interview("i2", "t", "i", "jtysj", at, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
