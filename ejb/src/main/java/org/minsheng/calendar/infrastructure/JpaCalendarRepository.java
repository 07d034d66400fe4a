package org.minsheng.calendar.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minsheng.calendar.domain.CalendarDay;
import org.minsheng.calendar.domain.CalendarRepository;

@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<CalendarDay> all() {
        return em.createQuery("select d from CalendarDay d order by d.day", CalendarDay.class).getResultList();
    }

    @Override
    public List<CalendarDay> between(LocalDate first, LocalDate last) {
        return em.createQuery("select d from CalendarDay d where d.day between :first and :last order by d.day",
                        CalendarDay.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList();
    }

    @Override
    public Optional<CalendarDay> find(LocalDate day) {
        return Optional.ofNullable(em.find(CalendarDay.class, day));
    }

    @Override
    public void add(CalendarDay day) {
        em.persist(day);
    }

    @Override
    public void remove(CalendarDay day) {
        em.remove(day);
    }
}
