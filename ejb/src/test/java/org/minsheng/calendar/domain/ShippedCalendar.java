package org.minsheng.calendar.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The overrides the schema migration ships, read from its insert statements. */
final class ShippedCalendar {

    static final String MIGRATION = "db/migration/V5__calendar.sql";
    private static final Pattern ROW = Pattern.compile(
            "insert into calendar_day \\(\"day\", kind, name, version\\) values "
                    + "\\(date '(\\d{4}-\\d{2}-\\d{2})', '([A-Z]+)', '([^']*)', 0\\);.*");

    record Row(LocalDate day, DayKind kind, String name) {
    }

    private ShippedCalendar() {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : migration().split("\n")) {
            if (line.startsWith("insert")) {
                Matcher m = ROW.matcher(line.strip());
                if (!m.matches()) {
                    throw new IllegalStateException("unexpected insert in " + MIGRATION + ": " + line);
                }
                rows.add(new Row(LocalDate.parse(m.group(1)), DayKind.valueOf(m.group(2)), m.group(3)));
            }
        }
        return rows;
    }

    static WorkingCalendar calendar() {
        return WorkingCalendar.of(rows().stream().map(r -> new CalendarDay(r.day(), r.kind(), r.name())).toList());
    }

    private static String migration() {
        try (InputStream in = ShippedCalendar.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
