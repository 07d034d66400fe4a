package org.minsheng.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** One day whose status differs from the plain weekday rule, e.g. 2026-10-01 国庆节 or 2026-10-10 国庆节调休上班. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    public static final int NAME_MAX = 40;

    /** Quoted: DAY is a keyword in H2. */
    @Id
    @Column(name = "\"day\"")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DayKind kind;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Version
    private long version;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, DayKind kind, String name) {
        this.day = Objects.requireNonNull(day);
        change(kind, name);
    }

    public void change(DayKind kind, String name) {
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
    }

    public LocalDate day() {
        return day;
    }

    public DayKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }
}
