package org.minsheng.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadlines on the shipped 2025–2026 State Council schedules, worked out by hand from the notices. */
class WorkingCalendarTest {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private final WorkingCalendar calendar = ShippedCalendar.calendar();

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void plainWeeksSkipSaturdayAndSunday() {
        WorkingCalendar plain = WorkingCalendar.weekendsOnly();
        assertThat(plain.addWorkingDays(d(2026, 12, 1), 5)).as("Tuesday → next Tuesday").isEqualTo(d(2026, 12, 8));
        assertThat(plain.addWorkingDays(d(2026, 12, 4), 5)).as("from a Friday").isEqualTo(d(2026, 12, 11));
        assertThat(plain.addWorkingDays(d(2026, 12, 5), 1)).as("from a Saturday").isEqualTo(d(2026, 12, 7));
        assertThat(plain.isWorkingDay(d(2026, 12, 5))).isFalse();
        assertThat(plain.isWorkingDay(d(2026, 12, 7))).isTrue();
    }

    @Test
    void zeroWorkingDaysIsTheStartItselfEvenOnAHoliday() {
        assertThat(calendar.addWorkingDays(d(2026, 10, 1), 0)).isEqualTo(d(2026, 10, 1));
        assertThat(calendar.addWorkingDays(d(2026, 12, 5), 0)).isEqualTo(d(2026, 12, 5));
        assertThatThrownBy(() -> calendar.addWorkingDays(d(2026, 12, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void springFestival2025WithItsMakeUpSundayAndSaturday() {
        // Off 01-28 (Tue) … 02-04 (Tue); 01-26 (Sun) and 02-08 (Sat) are worked.
        assertThat(calendar.isWorkingDay(d(2025, 1, 26))).isTrue();
        assertThat(calendar.isWorkingDay(d(2025, 1, 29))).isFalse();
        assertThat(calendar.isWorkingDay(d(2025, 2, 8))).isTrue();
        assertThat(calendar.isWorkingDay(d(2025, 2, 9))).isFalse();
        // Received Friday 01-24: Sun 26, Mon 27, then Wed 5, Thu 6, Fri 7 February.
        assertThat(calendar.addWorkingDays(d(2025, 1, 24), 5)).isEqualTo(d(2025, 2, 7));
        // One more lands on the make-up Saturday.
        assertThat(calendar.addWorkingDays(d(2025, 1, 24), 6)).isEqualTo(d(2025, 2, 8));
        assertThat(calendar.workingDaysBetween(d(2025, 1, 24), d(2025, 2, 7))).isEqualTo(5);
    }

    @Test
    void springFestival2026WithItsMakeUpSaturdays() {
        // Off 02-15 (Sun) … 02-23 (Mon); 02-14 and 02-28 (Saturdays) are worked.
        assertThat(calendar.isWorkingDay(d(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(d(2026, 2, 23))).isFalse();
        // Received Thursday 02-12: Fri 13, Sat 14, then Tue 24, Wed 25, Thu 26.
        assertThat(calendar.addWorkingDays(d(2026, 2, 12), 5)).isEqualTo(d(2026, 2, 26));
        assertThat(calendar.addWorkingDays(d(2026, 2, 12), 7)).as("Fri 27, Sat 28").isEqualTo(d(2026, 2, 28));
        assertThat(calendar.workingDaysBetween(d(2026, 2, 13), d(2026, 2, 24))).as("Sat 14 and Tue 24").isEqualTo(2);
    }

    @Test
    void nationalDay2025MergedWithMidAutumn() {
        // Off 10-01 (Wed) … 10-08 (Wed); 09-28 (Sun) and 10-11 (Sat) are worked.
        // Received Friday 09-26: Sun 28, Mon 29, Tue 30, then Thu 9, Fri 10 October.
        assertThat(calendar.addWorkingDays(d(2025, 9, 26), 5)).isEqualTo(d(2025, 10, 10));
        assertThat(calendar.addWorkingDays(d(2025, 9, 26), 6)).isEqualTo(d(2025, 10, 11));
        assertThat(calendar.workingDaysBetween(d(2025, 9, 30), d(2025, 10, 8))).isZero();
    }

    @Test
    void nationalDay2026AfterMidAutumn() {
        // Mid-Autumn off 09-25 … 27; National Day off 10-01 (Thu) … 10-07 (Wed); 09-20 (Sun) and 10-10 (Sat) worked.
        assertThat(calendar.addWorkingDays(d(2026, 9, 18), 5)).as("Sun 20 … Thu 24").isEqualTo(d(2026, 9, 24));
        assertThat(calendar.addWorkingDays(d(2026, 9, 18), 6)).as("skips Mid-Autumn").isEqualTo(d(2026, 9, 28));
        // Received Wednesday 09-30: Thu 8, Fri 9, Sat 10, Mon 12, Tue 13 October.
        assertThat(calendar.addWorkingDays(d(2026, 9, 30), 5)).isEqualTo(d(2026, 10, 13));
        assertThat(calendar.workingDaysBetween(d(2026, 9, 30), d(2026, 10, 13))).isEqualTo(5);
    }

    @Test
    void nextWorkingDayOnOrAfter() {
        assertThat(calendar.nextWorkingDayOnOrAfter(d(2026, 10, 1))).isEqualTo(d(2026, 10, 8));
        assertThat(calendar.nextWorkingDayOnOrAfter(d(2026, 10, 10))).as("make-up Saturday").isEqualTo(d(2026, 10, 10));
        assertThat(calendar.nextWorkingDayOnOrAfter(d(2026, 10, 11))).isEqualTo(d(2026, 10, 12));
        assertThat(calendar.nextWorkingDayOnOrAfter(d(2026, 12, 1))).isEqualTo(d(2026, 12, 1));
    }

    @Test
    void countingBetweenIsZeroUnlessTheEndIsLater() {
        assertThat(calendar.workingDaysBetween(d(2026, 12, 1), d(2026, 12, 1))).isZero();
        assertThat(calendar.workingDaysBetween(d(2026, 12, 8), d(2026, 12, 1))).isZero();
        assertThat(calendar.workingDaysBetween(d(2026, 12, 1), d(2026, 12, 2))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(d(2026, 12, 4), d(2026, 12, 6))).as("a weekend only").isZero();
    }

    @Test
    void countingBetweenAgreesWithDayByDayCountingAndWithAdding() {
        LocalDate first = d(2024, 12, 20);
        for (int offset = 0; offset < 1150; offset += 7) {
            LocalDate from = first.plusDays(offset);
            for (int span = 0; span <= 40; span += 3) {
                LocalDate to = from.plusDays(span);
                int dayByDay = 0;
                for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                    dayByDay += calendar.isWorkingDay(day) ? 1 : 0;
                }
                assertThat(calendar.workingDaysBetween(from, to)).as("(%s, %s]", from, to).isEqualTo(dayByDay);
            }
            for (int n = 0; n <= 12; n++) {
                assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).isEqualTo(n);
            }
        }
    }

    @Test
    void workingDaysPerYear() {
        // 261 weekdays each; 2025: 18 on holiday, 5 make-up days; 2026: 19 and 6.
        assertThat(calendar.workingDaysBetween(d(2024, 12, 31), d(2025, 12, 31))).isEqualTo(248);
        assertThat(calendar.workingDaysBetween(d(2025, 12, 31), d(2026, 12, 31))).isEqualTo(248);
    }

    @Test
    void dueAtIsTheStartOfTheDayAfterTheLastDayInTheCityZone() {
        Instant received = LocalDate.of(2026, 9, 30).atTime(10, 15).atZone(CITY).toInstant();
        Instant due = LocalDate.of(2026, 10, 14).atStartOfDay(CITY).toInstant();
        assertThat(calendar.dueAt(received, 5, CITY)).isEqualTo(due).isEqualTo(Instant.parse("2026-10-13T16:00:00Z"));
        // 01:00 in the city is still the previous evening in UTC: the city's date counts.
        assertThat(calendar.dueAt(Instant.parse("2026-09-29T17:00:00Z"), 5, CITY)).isEqualTo(due);
        assertThat(calendar.dueAt(received, 0, CITY)).isEqualTo(LocalDate.of(2026, 10, 1).atStartOfDay(CITY).toInstant());
    }

    @Test
    void anOverrideBeatsTheWeekday() {
        WorkingCalendar custom = WorkingCalendar.of(Map.of(d(2026, 12, 2), DayKind.HOLIDAY, d(2026, 12, 5), DayKind.WORKDAY));
        assertThat(custom.isWorkingDay(d(2026, 12, 2))).isFalse();
        assertThat(custom.isWorkingDay(d(2026, 12, 5))).isTrue();
        assertThat(custom.addWorkingDays(d(2026, 11, 30), 5)).as("Tue 1, Thu 3, Fri 4, Sat 5, Mon 7").isEqualTo(d(2026, 12, 7));
        assertThat(custom.override(d(2026, 12, 2))).contains(DayKind.HOLIDAY);
        assertThat(custom.override(d(2026, 12, 3))).isEmpty();
    }
}
