package org.minsheng.web.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.minsheng.calendar.api.CalendarDayView;

/** A year laid out as twelve month tables of Monday-first weeks, each day marked for the page. */
public final class CalendarGrid {

    /** What a day is shown as: a holiday, a make-up working day, a plain weekend day, or a plain working day. */
    public enum Mark { HOLIDAY, WORKDAY, WEEKEND, NONE }

    /** One cell; {@code day} is null for the blanks before the 1st and after the last of the month. */
    public record Cell(LocalDate day, boolean working, Mark mark, String name) {

        static final Cell BLANK = new Cell(null, false, Mark.NONE, null);

        public boolean blank() {
            return day == null;
        }
    }

    public record Month(int year, int month, List<List<Cell>> weeks) {
    }

    private CalendarGrid() {
    }

    static List<Month> of(int year, Predicate<LocalDate> working, Map<LocalDate, CalendarDayView> overrides) {
        List<Month> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>(7);
            for (int i = 1; i < month.atDay(1).getDayOfWeek().getValue(); i++) {
                week.add(Cell.BLANK);
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate day = month.atDay(d);
                week.add(cell(day, working.test(day), overrides.get(day)));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>(7);
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(Cell.BLANK);
                }
                weeks.add(week);
            }
            months.add(new Month(year, m, weeks));
        }
        return months;
    }

    private static Cell cell(LocalDate day, boolean working, CalendarDayView override) {
        if (override != null) {
            return new Cell(day, working, Mark.valueOf(override.kind()), override.name());
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return new Cell(day, working, weekend ? Mark.WEEKEND : Mark.NONE, null);
    }
}
