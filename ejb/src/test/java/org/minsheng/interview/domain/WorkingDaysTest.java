package org.minsheng.interview.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void skipsWeekends() {
        // 2026-12-01 is a Tuesday: five working days later is the next Tuesday.
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 1), 5)).isEqualTo(LocalDate.of(2026, 12, 8));
        // From a Friday: Mon … Fri of the next week.
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 4), 5)).isEqualTo(LocalDate.of(2026, 12, 11));
        // From a Saturday.
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 5), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 5), 0)).isEqualTo(LocalDate.of(2026, 12, 5));
    }
}
