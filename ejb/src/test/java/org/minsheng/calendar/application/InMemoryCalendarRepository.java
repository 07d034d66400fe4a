package org.minsheng.calendar.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.minsheng.calendar.domain.CalendarDay;
import org.minsheng.calendar.domain.CalendarRepository;

/** The table in a map, counting how often the whole of it is read. */
final class InMemoryCalendarRepository implements CalendarRepository {

    final TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();
    int fullReads;

    @Override
    public List<CalendarDay> all() {
        fullReads++;
        return new ArrayList<>(days.values());
    }

    @Override
    public List<CalendarDay> between(LocalDate first, LocalDate last) {
        return new ArrayList<>(days.subMap(first, true, last, true).values());
    }

    @Override
    public Optional<CalendarDay> find(LocalDate day) {
        return Optional.ofNullable(days.get(day));
    }

    @Override
    public void add(CalendarDay day) {
        days.put(day.day(), day);
    }

    @Override
    public void remove(CalendarDay day) {
        days.remove(day.day());
    }
}
