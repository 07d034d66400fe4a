package org.minsheng.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Load client for live interviews: opens N viewer WebSocket connections to a running server, has
 * the host post at a fixed rate, and prints connections held, deliveries per second, delivery
 * latency (from just before the post request to the frame at the viewer) and posts lost by
 * viewers that the server did not drop.
 *
 * <pre>bin/minsheng bench interview --url ws://localhost:8080 --viewers 5000 --rate 2 --seconds 30</pre>
 */
public final class InterviewBenchmark {

    private static final Pattern INTERVIEW = Pattern.compile(
            "\"id\":\"([^\"]+)\".*?\"lastSequence\":(\\d+).*?\"status\":\"(\\w+)\"");
    private static final Pattern SEQUENCE = Pattern.compile("\"sequence\":(\\d+)");

    private final URI ws;
    private final URI http;
    private final int viewers;
    private final double rate;
    private final int seconds;
    private final String user;
    private final String password;
    private final int clients;
    private String interview;
    private final String padding;

    private final ConcurrentHistogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);
    private final Map<Integer, Long> sentNanos = new ConcurrentHashMap<>();
    private final Map<Long, Integer> postIndexBySequence = new ConcurrentHashMap<>();
    private final AtomicLong deliveries = new AtomicLong();
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger failedToConnect = new AtomicInteger();
    private final AtomicInteger closedByServer = new AtomicInteger();
    private final Map<Integer, AtomicInteger> closeCodes = new ConcurrentHashMap<>();
    private final List<Viewer> all = new ArrayList<>();

    private InterviewBenchmark(Map<String, String> options) {
        ws = URI.create(options.getOrDefault("url", "ws://localhost:8080"));
        http = URI.create(ws.toString().replaceFirst("^ws", "http"));
        viewers = Integer.parseInt(options.getOrDefault("viewers", "1000"));
        rate = Double.parseDouble(options.getOrDefault("rate", "2"));
        seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        user = options.getOrDefault("user", "host");
        password = options.getOrDefault("password", "Minsheng@2026");
        clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        interview = options.get("interview");
        padding = "说".repeat(Integer.parseInt(options.getOrDefault("pad", "0")));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new ConcurrentHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println("bin/minsheng bench interview [--url ws://localhost:8080] [--viewers N] [--rate POSTS_PER_S]"
                        + " [--seconds S] [--interview ID] [--user host] [--password …] [--clients 4] [--pad CHARS]");
                return;
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("bench interview: bad option " + args[i] + " (try --help)");
                System.exit(2);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        new InterviewBenchmark(options).run();
    }

    /** One viewer connection: the numbers it got, and whether the server closed it. */
    private final class Viewer implements WebSocket.Listener {
        final BitSet received = new BitSet();
        final StringBuilder partial = new StringBuilder();
        volatile boolean open;
        volatile int closeCode = -1;
        long duplicates;

        @Override
        public void onOpen(WebSocket socket) {
            open = true;
            socket.request(Long.MAX_VALUE);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.nanoTime();
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
            long seq = longAfter(frame, "\"seq\":");
            synchronized (this) {
                if (received.get((int) seq)) {
                    duplicates++;
                    return null;
                }
                received.set((int) seq);
            }
            int marker = frame.indexOf("bench-post-");
            if (marker >= 0) {
                int index = (int) longAfter(frame, "bench-post-");
                Long sent = sentNanos.get(index);
                if (sent != null) {
                    latency.recordValue(Math.max(0, (now - sent) / 1000));
                }
                deliveries.incrementAndGet();
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            open = false;
            closeCode = statusCode;
            closedByServer.incrementAndGet();
            closeCodes.computeIfAbsent(statusCode, c -> new AtomicInteger()).incrementAndGet();
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            if (open) {
                open = false;
                closeCode = 1006;
                closedByServer.incrementAndGet();
                closeCodes.computeIfAbsent(1006, c -> new AtomicInteger()).incrementAndGet();
            }
        }
    }

    private static long longAfter(String text, String key) {
        int i = text.indexOf(key) + key.length();
        long value = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            value = value * 10 + (text.charAt(i++) - '0');
        }
        return value;
    }

    private void run() throws Exception {
        // Signed in once (session cookie): HTTP Basic would hash the password on every post.
        HttpClient rest = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> signIn = rest.send(HttpRequest.newBuilder(http.resolve("/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (signIn.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + signIn.body());
        }
        long startSequence = findInterview(rest);
        System.out.printf("interview %s, starting after post #%d; %d viewers, %.1f posts/s for %d s%n",
                interview, startSequence, viewers, rate, seconds);

        // Few threads for many sockets: each client has one selector thread; listeners run on this pool.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<HttpClient> wsClients = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            wsClients.add(HttpClient.newBuilder().executor(pool).connectTimeout(Duration.ofSeconds(20)).build());
        }
        Semaphore handshakes = new Semaphore(200);
        long connectStart = System.nanoTime();
        for (int i = 0; i < viewers; i++) {
            Viewer viewer = new Viewer();
            all.add(viewer);
            handshakes.acquire();
            wsClients.get(i % clients).newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(ws.resolve("/ws/interviews/" + interview + "?since=" + startSequence), viewer)
                    .whenComplete((socket, error) -> {
                        handshakes.release();
                        if (error == null) {
                            connected.incrementAndGet();
                        } else if (failedToConnect.incrementAndGet() <= 3) {
                            System.out.println("connect failed: " + rootCause(error));
                        }
                    });
            if ((i + 1) % 5000 == 0) {
                System.out.printf("  … %d connections requested, %d open%n", i + 1, connected.get());
            }
        }
        handshakes.acquire(200);
        handshakes.release(200);
        System.out.printf("connected %d of %d in %.1f s (%d failed)%n", connected.get(), viewers,
                (System.nanoTime() - connectStart) / 1e9, failedToConnect.get());

        ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger posted = new AtomicInteger();
        AtomicInteger postErrors = new AtomicInteger();
        long period = (long) (1_000_000_000L / rate);
        long runStart = System.nanoTime();
        poster.scheduleAtFixedRate(() -> {
            int index = posted.getAndIncrement();
            String body = "{\"text\":\"bench-post-" + index + " 压力测试发言：公交线网优化方案第" + index + "条说明。" + padding + "\"}";
            sentNanos.put(index, System.nanoTime());
            try {
                HttpResponse<String> response = rest.send(HttpRequest.newBuilder(http.resolve("/api/staff/interviews/"
                                + interview + "/posts"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher m = SEQUENCE.matcher(response.body());
                if (response.statusCode() == 201 && m.find()) {
                    postIndexBySequence.put(Long.parseLong(m.group(1)), index);
                } else {
                    postErrors.incrementAndGet();
                    System.out.println("post failed: " + response.statusCode() + " " + response.body());
                }
            } catch (Exception e) {
                postErrors.incrementAndGet();
                System.out.println("post failed: " + rootCause(e));
            }
        }, 0, period, TimeUnit.NANOSECONDS);

        long lastDeliveries = 0;
        for (int s = 1; s <= seconds; s++) {
            TimeUnit.SECONDS.sleep(1);
            long d = deliveries.get();
            if (s % 5 == 0 || s == seconds) {
                System.out.printf("  t=%3ds posts=%d deliveries/s=%,d open=%d closed-by-server=%d%n", s, posted.get(),
                        (d - lastDeliveries), countOpen(), closedByServer.get());
            }
            lastDeliveries = d;
        }
        poster.shutdown();
        poster.awaitTermination(15, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - runStart) / 1e9;
        // Let the last posts arrive.
        long expectedPerViewer = postIndexBySequence.size();
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < drainDeadline && deliveries.get() < expectedPerViewer * countOpen()) {
            TimeUnit.MILLISECONDS.sleep(100);
        }

        long healthy = 0;
        long lost = 0;
        long duplicates = 0;
        for (Viewer v : all) {
            if (!v.open) {
                continue;
            }
            healthy++;
            synchronized (v) {
                duplicates += v.duplicates;
                for (Long seq : postIndexBySequence.keySet()) {
                    if (!v.received.get(seq.intValue())) {
                        lost++;
                    }
                }
            }
        }
        Histogram h = latency.copy();
        System.out.println();
        System.out.println("== interview benchmark ==");
        System.out.printf("viewers requested          %,d%n", viewers);
        System.out.printf("connections held at end    %,d   (failed to connect %,d, closed by server %,d %s)%n",
                healthy, failedToConnect.get(), closedByServer.get(), closeCodes);
        System.out.printf("posts                      %,d in %.1f s (%d failed)%n", postIndexBySequence.size(), elapsed,
                postErrors.get());
        System.out.printf("deliveries                 %,d  (%,.0f per second)%n", deliveries.get(),
                deliveries.get() / elapsed);
        System.out.printf("delivery latency ms        p50 %.1f   p99 %.1f   max %.1f   (n=%,d)%n",
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0,
                h.getTotalCount());
        System.out.printf("messages lost (healthy)    %,d%n", lost);
        System.out.printf("duplicates                 %,d%n", duplicates);
        try {
            System.out.println("server metrics             " + rest.send(HttpRequest.newBuilder(
                    http.resolve("/api/interviews/live-metrics")).build(), HttpResponse.BodyHandlers.ofString()).body());
        } catch (Exception e) {
            System.out.println("server metrics unavailable: " + rootCause(e));
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("client heap used           %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        System.exit(0);
    }

    private long countOpen() {
        return all.stream().filter(v -> v.open).count();
    }

    private long findInterview(HttpClient rest) throws Exception {
        String list = rest.send(HttpRequest.newBuilder(http.resolve("/api/interviews")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = INTERVIEW.matcher(list);
        while (m.find()) {
            if ((interview == null && m.group(3).equals("LIVE")) || m.group(1).equals(interview)) {
                interview = m.group(1);
                return Long.parseLong(m.group(2));
            }
        }
        throw new IllegalStateException("no live interview found at " + http + " (start one, or pass --interview ID)");
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.toString();
    }
}
