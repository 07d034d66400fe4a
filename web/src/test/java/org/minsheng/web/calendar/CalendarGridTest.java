package org.minsheng.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minsheng.calendar.api.CalendarDayView;

class CalendarGridTest {

    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);
    private static final LocalDate MAKE_UP = LocalDate.of(2026, 10, 10);

    private final List<CalendarGrid.Month> months = CalendarGrid.of(2026,
            day -> day.equals(MAKE_UP) || !day.equals(NATIONAL_DAY) && day.getDayOfWeek().getValue() < 6,
            Map.of(NATIONAL_DAY, new CalendarDayView(NATIONAL_DAY, "HOLIDAY", "国庆节"),
                    MAKE_UP, new CalendarDayView(MAKE_UP, "WORKDAY", "国庆节调休上班")));

    @Test
    void twelveMonthsOfMondayFirstWeeks() {
        assertThat(months).hasSize(12);
        assertThat(months).allSatisfy(m -> assertThat(m.weeks()).allSatisfy(w -> assertThat(w).hasSize(7)));
        // 2026-10-01 is a Thursday: three blanks before it.
        List<CalendarGrid.Cell> firstWeek = months.get(9).weeks().get(0);
        assertThat(firstWeek.subList(0, 3)).allMatch(CalendarGrid.Cell::blank);
        assertThat(firstWeek.get(3).day()).isEqualTo(NATIONAL_DAY);
        assertThat(months.get(9).weeks().stream().flatMap(List::stream).filter(c -> !c.blank())).hasSize(31);
    }

    @Test
    void daysAreMarkedByKind() {
        List<CalendarGrid.Cell> october = months.get(9).weeks().stream().flatMap(List::stream).filter(c -> !c.blank()).toList();
        assertThat(october.get(0).mark()).isEqualTo(CalendarGrid.Mark.HOLIDAY);
        assertThat(october.get(0).name()).isEqualTo("国庆节");
        assertThat(october.get(0).working()).isFalse();
        assertThat(october.get(9).mark()).isEqualTo(CalendarGrid.Mark.WORKDAY);
        assertThat(october.get(9).working()).isTrue();
        assertThat(october.get(10).mark()).as("a plain Sunday").isEqualTo(CalendarGrid.Mark.WEEKEND);
        assertThat(october.get(10).day().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(october.get(11).mark()).isEqualTo(CalendarGrid.Mark.NONE);
    }
}
