package org.minsheng.cases.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Statutory time limits in working days per case type, and the shorter limit for messages about
 * safety hazards. Built from configuration; the defaults follow common practice for 12345 lines.
 */
public record TimeLimits(Map<CaseType, Integer> workingDays, Map<String, Integer> perChannel, int urgentWorkingDays,
                         double warningShare, int maxRedo) {

    public static TimeLimits defaults() {
        Map<CaseType, Integer> days = new EnumMap<>(CaseType.class);
        days.put(CaseType.CONSULTATION, 5);
        days.put(CaseType.HELP, 5);
        days.put(CaseType.COMPLAINT, 15);
        days.put(CaseType.SUGGESTION, 15);
        days.put(CaseType.REPORT, 30);
        return new TimeLimits(days, Map.of(), 2, 0.8, 2);
    }

    public TimeLimits {
        workingDays = Map.copyOf(workingDays);
        perChannel = Map.copyOf(perChannel);
        if (warningShare <= 0 || warningShare >= 1) {
            throw new IllegalArgumentException("warning share must be between 0 and 1");
        }
    }

    /** Working days allowed for a case of a type; urgent ones get the shorter of the two. */
    public int limitFor(CaseType type, boolean urgent) {
        int days = workingDays.getOrDefault(type, 15);
        return urgent ? Math.min(days, urgentWorkingDays) : days;
    }

    /**
     * The same, where a channel may set its own limit for a type (key {@code CHANNEL:TYPE}, e.g. a
     * shorter limit for complaints in the leader mailbox).
     */
    public int limitFor(Channel channel, CaseType type, boolean urgent) {
        Integer own = perChannel.get(key(channel, type));
        int days = own != null ? own : workingDays.getOrDefault(type, 15);
        return urgent ? Math.min(days, urgentWorkingDays) : days;
    }

    public static String key(Channel channel, CaseType type) {
        return channel.name() + ":" + type.name();
    }
}
