package org.minsheng.digest.application;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.minsheng.digest.api.TrendRow;

/**
 * Trend rows from daily counts keyed {@code dimension|value|day}: per value, the last few days or
 * ISO weeks up to {@code today}, each with the previous period's count and the change. Weeks are
 * sums of their days, so a week and its days always agree.
 */
public final class TrendTable {

    private TrendTable() {
    }

    public static List<TrendRow> rows(Map<String, Long> daily, String dimension, boolean weekly, LocalDate today,
            int periods) {
        Map<String, Map<String, Long>> byValue = new TreeMap<>();
        daily.forEach((key, count) -> {
            String[] parts = key.split("\\|", 3);
            if (parts.length == 3 && parts[0].equals(dimension)) {
                String period = weekly ? weekOf(LocalDate.parse(parts[2])) : parts[2];
                byValue.computeIfAbsent(parts[1], v -> new TreeMap<>()).merge(period, count, Long::sum);
            }
        });
        List<String> wanted = new ArrayList<>();
        for (int i = periods; i >= 0; i--) {
            wanted.add(weekly ? weekOf(today.minusWeeks(i)) : today.minusDays(i).toString());
        }
        List<TrendRow> rows = new ArrayList<>();
        for (var entry : byValue.entrySet()) {
            Map<String, Long> counts = entry.getValue();
            if (new TreeSet<>(counts.keySet()).subSet(wanted.get(1), true, wanted.get(wanted.size() - 1), true).isEmpty()) {
                continue; // nothing in the periods shown
            }
            for (int i = 1; i < wanted.size(); i++) {
                long now = counts.getOrDefault(wanted.get(i), 0L);
                long before = counts.getOrDefault(wanted.get(i - 1), 0L);
                rows.add(new TrendRow(dimension, entry.getKey(), wanted.get(i), now, before,
                        before == 0 ? null : Math.round((now - before) * 1000.0 / before) / 10.0));
            }
        }
        return rows;
    }

    public static String weekOf(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
