package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.minsheng.calendar.api.WorkingDays;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseType;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.TimeLimits;
import org.minsheng.shared.time.CityTime;

/**
 * Time limits on the working-day calendar. A limit of n working days from day D ends when the
 * n-th working day after D ends, in the city's time zone.
 */
@ApplicationScoped
public class CaseClock {

    @Inject
    WorkingDays calendar;

    @Inject
    Config config;

    private TimeLimits limits;

    /**
     * From configuration: {@code minsheng.cases.limit.<type>}, per channel
     * {@code minsheng.cases.limit.<channel>.<type>} (e.g. {@code …limit.leader_mailbox.complaint}),
     * {@code …limit.urgent}, {@code …warning-share}, {@code …max-redo}.
     */
    public TimeLimits limits() {
        if (limits == null) {
            TimeLimits defaults = TimeLimits.defaults();
            Map<CaseType, Integer> days = new EnumMap<>(CaseType.class);
            for (CaseType type : CaseType.values()) {
                days.put(type, config.getOptionalValue("minsheng.cases.limit." + type.name().toLowerCase(), Integer.class)
                        .orElse(defaults.limitFor(type, false)));
            }
            Map<String, Integer> perChannel = new java.util.HashMap<>();
            for (Channel channel : Channel.values()) {
                for (CaseType type : CaseType.values()) {
                    config.getOptionalValue("minsheng.cases.limit." + channel.name().toLowerCase() + "."
                            + type.name().toLowerCase(), Integer.class)
                            .ifPresent(d -> perChannel.put(TimeLimits.key(channel, type), d));
                }
            }
            limits = new TimeLimits(days, perChannel,
                    config.getOptionalValue("minsheng.cases.limit.urgent", Integer.class).orElse(defaults.urgentWorkingDays()),
                    config.getOptionalValue("minsheng.cases.warning-share", Double.class).orElse(defaults.warningShare()),
                    config.getOptionalValue("minsheng.cases.max-redo", Integer.class).orElse(defaults.maxRedo()));
        }
        return limits;
    }

    public int limitFor(CaseFile caseFile) {
        return limits().limitFor(caseFile.channel(), caseFile.letter().caseType(), caseFile.findings().isUrgent());
    }

    /** The end of the {@code workingDays}-th working day after {@code start}'s day. */
    public Instant dueFrom(Instant start, int workingDays) {
        return calendar.dueAt(start, workingDays, CityTime.ZONE);
    }

    /** Whether a reply at {@code at} meets the case's current due date (no due date: on time). */
    public boolean onTime(CaseFile caseFile, Instant at) {
        Instant due = caseFile.timeLimit().dueAt();
        return due == null || at.isBefore(due);
    }

    /** A due date moved by the working days between a pause's start and {@code now}. */
    public Instant pushedBy(Instant due, Instant pausedAt, Instant now) {
        int waited = calendar.workingDaysBetween(pausedAt.atZone(CityTime.ZONE).toLocalDate(),
                now.atZone(CityTime.ZONE).toLocalDate());
        return extended(due, waited);
    }

    /** A due date extended by {@code workingDays}. */
    public Instant extended(Instant due, int workingDays) {
        LocalDate lastDay = due.minusNanos(1).atZone(CityTime.ZONE).toLocalDate();
        return calendar.addWorkingDays(lastDay, workingDays).plusDays(1).atStartOfDay(CityTime.ZONE).toInstant();
    }

    /** Working days from one instant's day to another's. */
    public int workingDaysBetween(Instant from, Instant to) {
        return calendar.workingDaysBetween(from.atZone(CityTime.ZONE).toLocalDate(), to.atZone(CityTime.ZONE).toLocalDate());
    }
}
