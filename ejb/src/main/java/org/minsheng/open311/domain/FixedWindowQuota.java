package org.minsheng.open311.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code limit} uses per key in each fixed window of time. Not thread-safe: its owner
 * serialises calls. Windows of keys not seen in the current window are forgotten.
 */
public final class FixedWindowQuota {

    private record Window(long start, int used) {
    }

    private final int limit;
    private final long windowMillis;
    private final Map<String, Window> windows = new HashMap<>();

    public FixedWindowQuota(int limit, Duration window) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
    }

    /** Counts one use of {@code key} at {@code now}; false (nothing counted) when the window is full. */
    public boolean tryUse(String key, Instant now) {
        long start = now.toEpochMilli() / windowMillis * windowMillis;
        windows.values().removeIf(w -> w.start() < start);
        Window w = windows.getOrDefault(key, new Window(start, 0));
        if (w.used() >= limit) {
            return false;
        }
        windows.put(key, new Window(start, w.used() + 1));
        return true;
    }
}
