package org.minsheng.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The 2025–2027 schedules in the migration load and look like State Council schedules. */
class ShippedCalendarTest {

    private final List<ShippedCalendar.Row> rows = ShippedCalendar.rows();

    @Test
    void everyYearHasItsHolidaysAndMakeUpDays() {
        Map<String, Long> perYearAndKind = rows.stream()
                .collect(Collectors.groupingBy(r -> r.day().getYear() + " " + r.kind(), Collectors.counting()));
        assertThat(perYearAndKind).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2025 HOLIDAY", 28L, "2025 WORKDAY", 5L,
                "2026 HOLIDAY", 33L, "2026 WORKDAY", 6L,
                "2027 HOLIDAY", 28L, "2027 WORKDAY", 5L));
        assertThat(rows.stream().map(ShippedCalendar.Row::day).distinct()).hasSameSizeAs(rows);
    }

    @Test
    void makeUpWorkingDaysAreWeekendDays() {
        assertThat(rows).filteredOn(r -> r.kind() == DayKind.WORKDAY)
                .allSatisfy(r -> assertThat(r.day().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void namesFitTheColumnAndOnlyTheDerivedYearIsMarkedProvisional() {
        assertThat(rows).allSatisfy(r -> assertThat(r.name().codePointCount(0, r.name().length()))
                .isBetween(1, CalendarDay.NAME_MAX));
        assertThat(rows).filteredOn(r -> r.day().getYear() == 2027).allSatisfy(r -> assertThat(r.name()).endsWith("（预排）"));
        assertThat(rows).filteredOn(r -> r.day().getYear() < 2027).allSatisfy(r -> assertThat(r.name()).doesNotContain("预排"));
    }

    @Test
    void festivalDaysOfTheDerivedYear() {
        WorkingCalendar calendar = ShippedCalendar.calendar();
        assertThat(rows).filteredOn(r -> r.day().getYear() == 2027 && r.name().startsWith("春节") && r.kind() == DayKind.HOLIDAY)
                .extracting(r -> r.day().toString()).first().isEqualTo("2027-02-05");
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 4, 5))).as("清明 on a Monday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 6, 9))).as("端午, a Wednesday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 6, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 15))).as("中秋, a Wednesday").isFalse();
    }
}
