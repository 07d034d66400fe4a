package org.minsheng.web.interview.live;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the fan-out has done on this node since it started. The hub reports here as it works;
 * each report is a few atomic updates, never a lock.
 */
public final class LiveMetrics {

    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong sendFailures = new AtomicLong();
    private final AtomicLong broadcasts = new AtomicLong();
    private final AtomicLong framesQueued = new AtomicLong();
    private final AtomicLong keepAliveRounds = new AtomicLong();
    /** Milliseconds from a post's time to its arrival from the feed, and to hand it to the send threads. */
    private final AtomicLong lastFeedLag = new AtomicLong();
    private final AtomicLong maxFeedLag = new AtomicLong();
    private final AtomicLong lastFanOut = new AtomicLong();
    private final AtomicLong maxFanOut = new AtomicLong();
    private volatile String sendPath = "none yet";

    /** A post arrived from the feed this long after it was posted. */
    void feedLag(long millis) {
        lastFeedLag.set(millis);
        maxFeedLag.accumulateAndGet(millis, Math::max);
    }

    /** A post was handed to the send threads of {@code frames} sessions in {@code fanOutMillis}. */
    void broadcast(long fanOutMillis, int frames) {
        lastFanOut.set(fanOutMillis);
        maxFanOut.accumulateAndGet(fanOutMillis, Math::max);
        broadcasts.incrementAndGet();
        framesQueued.addAndGet(frames);
    }

    void droppedSlowSession() {
        dropped.incrementAndGet();
    }

    void failedSend() {
        sendFailures.incrementAndGet();
    }

    /** Every session was pinged once more. */
    void keepAliveRound() {
        keepAliveRounds.incrementAndGet();
    }

    /** Which way the latest session's frames go (see {@link SessionSender#path()}). */
    void sendPath(String path) {
        sendPath = path;
    }

    /** The figures with the hub's current sessions. */
    Snapshot snapshot(long viewerSessions, long staffSessions, int largestQueue, boolean feedRunning) {
        return new Snapshot(viewerSessions, staffSessions, dropped.get(), sendFailures.get(), largestQueue,
                broadcasts.get(), framesQueued.get(), keepAliveRounds.get(), lastFeedLag.get(), maxFeedLag.get(),
                lastFanOut.get(), maxFanOut.get(), sendPath, feedRunning);
    }

    /** The figures as served at {@code /api/interviews/live-metrics}. */
    public record Snapshot(long viewerSessions, long staffSessions, long droppedSlowSessions, long failedSends,
                           int largestQueue, long broadcasts, long framesQueued, long keepAliveRounds,
                           long lastFeedLagMillis, long maxFeedLagMillis, long lastFanOutMillis,
                           long maxFanOutMillis, String sendPath, boolean feedRunning) {
    }
}
