package org.minsheng.bench;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * What one node's viewers saw. The counters are written by the viewers' I/O threads; {@code lost},
 * {@code duplicates} and {@code held} only by the tally at the end.
 */
final class NodeStats {

    final URI ws;
    final URI http;
    final ConcurrentHistogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);
    final AtomicLong deliveries = new AtomicLong();
    final AtomicInteger connected = new AtomicInteger();
    final AtomicInteger failedToConnect = new AtomicInteger();
    final AtomicInteger closedByServer = new AtomicInteger();
    final Map<Integer, AtomicInteger> closeCodes = new ConcurrentHashMap<>();
    long lost;
    long duplicates;
    long held;

    NodeStats(URI ws) {
        this.ws = ws;
        this.http = URI.create(ws.toString().replaceFirst("^ws", "http"));
    }
}
