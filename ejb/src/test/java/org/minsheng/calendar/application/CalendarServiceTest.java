package org.minsheng.calendar.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.calendar.api.DueDate;
import org.minsheng.calendar.domain.CalendarDay;
import org.minsheng.calendar.domain.DayKind;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.time.CityTime;

/** Typed input is checked field by field, in both languages, before anything is read or stored. */
class CalendarServiceTest {

    private final InMemoryCalendarRepository table = new InMemoryCalendarRepository();
    private final CalendarService service = new CalendarService();

    CalendarServiceTest() {
        CalendarCache cache = new CalendarCache(CityTime.systemClock());
        cache.repository = table;
        service.repository = table;
        service.cache = cache;
        table.add(new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "国庆节"));
        table.add(new CalendarDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "国庆节调休上班"));
        table.add(new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦"));
    }

    @Test
    void dueDateFromTypedInput() {
        DueDate due = service.dueDate("2026-09-30", "5");
        assertThat(due.due()).as("Fri 2, Mon 5, Tue 6, Wed 7, Thu 8 (only 10-01 is off here)")
                .isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(due.dueAt()).isEqualTo(Instant.parse("2026-10-08T16:00:00Z"));
        assertThat(due.workingDays()).isEqualTo(5);
    }

    @Test
    void badDueDateInputNamesEachField() {
        assertThat(errors(() -> service.dueDate("2026-02-30", "-1")))
                .extracting(FieldError::field).containsExactly("from", "days");
        assertThat(errors(() -> service.dueDate(null, "367"))).extracting(FieldError::field).containsExactly("from", "days");
        assertThat(errors(() -> service.dueDate("1999-12-31", "1"))).singleElement()
                .satisfies(e -> assertThat(e.messageZh()).contains("2000"));
    }

    @Test
    void overridesOfOneYear() {
        assertThat(service.overridesOf("2026")).extracting(v -> v.day() + " " + v.kind() + " " + v.name())
                .containsExactly("2026-10-01 HOLIDAY 国庆节", "2026-10-10 WORKDAY 国庆节调休上班");
        assertThat(errors(() -> service.overridesOf("1999"))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("year"));
        assertThat(errors(() -> service.overridesOf("二〇二六"))).hasSize(1);
    }

    @Test
    void settingADayChecksDateKindAndName() {
        assertThat(errors(() -> service.set("2026-13-01", "HOLIDAY", "")))
                .extracting(FieldError::field).containsExactly("day", "name");
        assertThat(errors(() -> service.set("2026-12-05", "holiday", "x".repeat(41))))
                .extracting(FieldError::field).containsExactly("kind", "name");
        FieldError weekday = errors(() -> service.set("2026-12-02", "WORKDAY", "调休上班")).get(0);
        assertThat(weekday.field()).isEqualTo("kind");
        assertThat(weekday.messageEn()).contains("Saturday or Sunday");
        assertThat(table.days).hasSize(3);
    }

    @Test
    void removingChecksTheDate() {
        assertThat(errors(() -> service.remove("tomorrow"))).singleElement()
                .satisfies(e -> assertThat(e.messageEn()).contains("year-month-day"));
    }

    private static List<FieldError> errors(Runnable call) {
        ValidationFailed failed = (ValidationFailed) catchThrowable(call::run);
        assertThat(failed).as("validation failure").isNotNull();
        return failed.errors();
    }
}
