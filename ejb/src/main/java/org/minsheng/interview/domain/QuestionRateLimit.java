package org.minsheng.interview.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-viewer token bucket for questions: {@code burst} questions at once, then one per
 * {@code interval}. Bounded: at most {@code maxViewers} buckets are kept, the least recently used
 * dropped first (a dropped viewer simply starts with a full bucket again). Thread-safe.
 */
public final class QuestionRateLimit {

    private final int burst;
    private final long intervalNanos;
    private final int maxViewers;
    private final LinkedHashMap<String, double[]> buckets;

    public QuestionRateLimit(int burst, Duration interval, int maxViewers) {
        if (burst < 1 || interval.isZero() || interval.isNegative() || maxViewers < 1) {
            throw new IllegalArgumentException("burst ≥ 1, interval > 0, maxViewers ≥ 1");
        }
        this.burst = burst;
        this.intervalNanos = interval.toNanos();
        this.maxViewers = maxViewers;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** Takes a token for {@code viewer} at {@code now}; false when the viewer must wait. */
    public synchronized boolean tryAcquire(String viewer, Instant now) {
        double nowNanos = now.getEpochSecond() * 1e9 + now.getNano();
        double[] bucket = buckets.get(viewer);
        if (bucket == null) {
            bucket = new double[] {burst, nowNanos};
            buckets.put(viewer, bucket);
            evictOverflow();
        }
        // A clock stepping back refills nothing and takes nothing away.
        double elapsed = Math.max(0, nowNanos - bucket[1]);
        double refilled = Math.min(burst, bucket[0] + elapsed / intervalNanos);
        bucket[1] = Math.max(bucket[1], nowNanos);
        if (refilled < 1) {
            bucket[0] = refilled;
            return false;
        }
        bucket[0] = refilled - 1;
        return true;
    }

    public synchronized int trackedViewers() {
        return buckets.size();
    }

    private void evictOverflow() {
        Iterator<Map.Entry<String, double[]>> oldest = buckets.entrySet().iterator();
        while (buckets.size() > maxViewers && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
