package org.minsheng.bench;

import java.net.http.WebSocket;
import java.util.BitSet;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Recorder;

/**
 * One viewer connection: the post numbers it got, and whether the server closed it. It is the
 * JDK client's listener; the lean client reports to it through {@link ViewerFleet}.
 */
final class Viewer implements WebSocket.Listener {

    /** Latencies of the current progress interval (all nodes), so steady state shows apart from warm-up. */
    static final Recorder INTERVAL = new Recorder(TimeUnit.MINUTES.toMicros(5), 3);

    final NodeStats node;
    final BitSet received = new BitSet();
    final StringBuilder partial = new StringBuilder();
    volatile boolean open;
    long duplicates;

    Viewer(NodeStats node) {
        this.node = node;
    }

    @Override
    public void onOpen(WebSocket socket) {
        open = true;
        socket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        long nowMicros = InterviewBenchmark.epochMicros();
        String frame;
        if (last && partial.isEmpty()) {
            frame = data.toString();
        } else {
            partial.append(data);
            if (!last) {
                return null;
            }
            frame = partial.toString();
            partial.setLength(0);
        }
        if (!frame.startsWith("{\"type\":\"post\"")) {
            return null;
        }
        int marker = frame.indexOf(InterviewBenchmark.MARKER);
        if (marker < 0) {
            return null;
        }
        delivered(BenchText.longAfter(frame, 0, "\"seq\":"), BenchText.longAfter(frame, marker, "@"), nowMicros);
        return null;
    }

    void delivered(long seq, long sentMicros, long nowMicros) {
        synchronized (this) {
            if (received.get((int) seq)) {
                duplicates++;
                return;
            }
            received.set((int) seq);
        }
        long latency = Math.max(0, nowMicros - sentMicros);
        node.latency.recordValue(latency);
        INTERVAL.recordValue(latency);
        node.deliveries.incrementAndGet();
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        closedWith(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        if (open && node.closedByServer.get() < 3) {
            System.out.println("viewer of " + node.ws + " failed: " + error);
        }
        closedWith(1006); // the connection ended without a close frame
    }

    void closedWith(int code) {
        if (open) {
            open = false;
            node.closedByServer.incrementAndGet();
            node.closeCodes.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
        }
    }
}
