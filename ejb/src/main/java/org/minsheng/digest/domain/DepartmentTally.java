package org.minsheng.digest.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * One department's scorecard figures as sums over its cases, so that a case changing (answered,
 * rated, moved to another department) is taken out in its old state and added in its new one.
 * {@code workingDays} and {@code satisfaction} are histograms (value → cases), from which the
 * average, the 90th percentile and the distribution are read.
 */
public record DepartmentTally(long received, long answered, long answeredOnTime, long closed, long reopened, long returned,
        Map<Integer, Long> workingDays, Map<Integer, Long> satisfaction) {

    public static DepartmentTally empty() {
        return new DepartmentTally(0, 0, 0, 0, 0, 0, Map.of(), Map.of());
    }

    public DepartmentTally {
        workingDays = new TreeMap<>(workingDays);
        satisfaction = new TreeMap<>(satisfaction);
    }

    public DepartmentTally plus(CaseFacts c) {
        return change(c, 1);
    }

    public DepartmentTally minus(CaseFacts c) {
        return change(c, -1);
    }

    private DepartmentTally change(CaseFacts c, int sign) {
        Map<Integer, Long> days = new TreeMap<>(workingDays);
        Map<Integer, Long> rated = new TreeMap<>(satisfaction);
        if (c.answered()) {
            bump(days, c.workingDays(), sign);
        }
        if (c.satisfaction() > 0) {
            bump(rated, c.satisfaction(), sign);
        }
        return new DepartmentTally(received + sign, answered + (c.answered() ? sign : 0),
                answeredOnTime + (c.answered() && c.onTime() ? sign : 0), closed + (c.closed() ? sign : 0),
                reopened + (c.reopened() ? sign : 0), returned + (c.returned() ? sign : 0), days, rated);
    }

    private static void bump(Map<Integer, Long> histogram, int key, int sign) {
        long n = histogram.getOrDefault(key, 0L) + sign;
        if (n == 0) {
            histogram.remove(key);
        } else {
            histogram.put(key, n);
        }
    }

    public double averageWorkingDays() {
        long n = workingDays.values().stream().mapToLong(Long::longValue).sum();
        return n == 0 ? 0 : workingDays.entrySet().stream().mapToDouble(e -> e.getKey() * (double) e.getValue()).sum() / n;
    }

    /** The smallest number of working days within which at least 90 % of the answered cases were answered. */
    public int p90WorkingDays() {
        long n = workingDays.values().stream().mapToLong(Long::longValue).sum();
        long seen = 0;
        for (Map.Entry<Integer, Long> e : workingDays.entrySet()) {
            seen += e.getValue();
            if (seen * 10 >= n * 9) {
                return e.getKey();
            }
        }
        return 0;
    }
}
