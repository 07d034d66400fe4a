package org.minsheng.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minsheng.calendar.api.CalendarDayView;
import org.minsheng.shared.error.FieldError;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;

/** The admin page renders in both languages, marks days with text and keeps the form usable without JavaScript. */
class CalendarPageTemplateTest {

    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);
    private static final LocalDate MAKE_UP = LocalDate.of(2026, 10, 10);

    private final PageRenderer renderer = new PageRenderer();

    private String render(boolean english, List<FieldError> errors) {
        List<CalendarDayView> overrides = List.of(new CalendarDayView(NATIONAL_DAY, "HOLIDAY", "国庆节"),
                new CalendarDayView(MAKE_UP, "WORKDAY", "国庆节调休上班"));
        Map<String, Object> model = new HashMap<>();
        model.put("year", 2026);
        model.put("months", CalendarGrid.of(2026, day -> day.equals(MAKE_UP)
                || !day.equals(NATIONAL_DAY) && day.getDayOfWeek().getValue() < 6,
                Map.of(NATIONAL_DAY, overrides.get(0), MAKE_UP, overrides.get(1))));
        model.put("overrides", overrides);
        model.put("workingDays", 248);
        model.put("form", new CalendarPages.DayForm("2026-12-02", "WORKDAY", ""));
        model.put("errors", errors);
        model.put("fieldErrors", errors.isEmpty() ? Map.of() : Map.of(errors.get(0).field(), errors.get(0)));
        model.put("message", null);
        model.put("previousYear", 2025);
        model.put("nextYear", 2027);
        Viewer viewer = new Viewer(english ? Locale.ENGLISH : Viewer.CHINESE, english, false,
                "/staff/admin/calendar", null, "token-1");
        return renderer.render("calendar/staff-calendar", viewer, model);
    }

    @Test
    void chinesePageMarksHolidaysAndMakeUpDaysInText() {
        String html = render(false, List.of());
        assertThat(html).doesNotContain("??")
                .contains("工作日历（2026 年）", "2026 年共 248 个工作日", "2026 年 10 月")
                .contains("<span class=\"mark\">休</span>", "<span class=\"mark\">班</span>")
                .contains("国庆节调休上班", "name=\"_csrf\" value=\"token-1\"", "value=\"remove\"")
                .contains("action=\"/staff/admin/calendar\"");
        assertThat(html.split("<table class=\"calendar-month\">", -1)).hasSize(13);
    }

    @Test
    void englishPageAndFieldErrors() {
        String html = render(true, List.of(new FieldError("name", "名称不能为空", "Name is required")));
        assertThat(html).doesNotContain("??")
                .contains("Working-day calendar 2026", "248 working days in 2026", "10/2026", ">Off<", ">Work<")
                .contains("Name is required", "aria-invalid=\"true\"", "href=\"#f-name\"");
    }
}
