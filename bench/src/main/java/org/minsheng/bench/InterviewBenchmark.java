package org.minsheng.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Load client for live interviews: spreads N viewer WebSocket connections over one or more nodes,
 * has the host post at a fixed rate (or only watches, {@code --rate 0}, when another process
 * posts), and prints per node and in total: connections held, deliveries per second, delivery
 * latency (from the poster's clock reading just before the post request to the frame at the
 * viewer; both processes share the machine's clock) and posts lost by viewers the server did not
 * drop. {@code --stalled K} adds raw sockets that complete the handshake and never read, to show
 * that a stalled reader is dropped without hurting the others.
 *
 * <p>The parts: {@link InterviewOptions} (the options), {@link InterviewRun} (the run),
 * {@link InterviewRestClient} (sign-in, posts, sequence numbers, server metrics),
 * {@link ViewerFleet} with {@link Viewer} and {@link NodeStats} (the viewers and what they saw),
 * {@link StalledReader} and {@link InterviewReport}.
 *
 * <pre>bin/minsheng bench interview --url ws://localhost:8080,ws://localhost:8180 --viewers 5000 --rate 2 --seconds 30</pre>
 */
public final class InterviewBenchmark {

    /**
     * Starts the text of every benchmark post, followed by its index, {@code @} and the poster's
     * {@link #epochMicros()}: viewers read the send time from the frame, and the tally recognises
     * the benchmark's posts among others.
     */
    static final String MARKER = "bench-post-";

    private InterviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new ConcurrentHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println("bin/minsheng bench interview [--url ws://localhost:8080[,ws://localhost:8180…]]"
                        + " [--viewers N] [--rate POSTS_PER_S, 0 = watch only] [--seconds S] [--pad CHARS]"
                        + " [--await-viewers N] [--stalled K] [--stalled-rcvbuf BYTES] [--interview ID] [--post-url URL]"
                        + " [--user host] [--password …] [--client lean|jdk] [--io-threads 2] [--clients PER_NODE, jdk]");
                return;
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("bench interview: bad option " + args[i] + " (try --help)");
                System.exit(2);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        new InterviewRun(InterviewOptions.of(options)).run();
    }

    /** The clock poster and viewers share: microseconds since the epoch. */
    static long epochMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }
}
