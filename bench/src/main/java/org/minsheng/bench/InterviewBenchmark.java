package org.minsheng.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.HdrHistogram.Recorder;

/**
 * Load client for live interviews: spreads N viewer WebSocket connections over one or more nodes,
 * has the host post at a fixed rate (or only watches, {@code --rate 0}, when another process
 * posts), and prints per node and in total: connections held, deliveries per second, delivery
 * latency (from the poster's clock reading just before the post request to the frame at the
 * viewer; both processes share the machine's clock) and posts lost by viewers the server did not
 * drop. {@code --stalled K} adds raw sockets that complete the handshake and never read, to show
 * that a stalled reader is dropped without hurting the others.
 *
 * <pre>bin/minsheng bench interview --url ws://localhost:8080,ws://localhost:8180 --viewers 5000 --rate 2 --seconds 30</pre>
 */
public final class InterviewBenchmark {

    private static final Pattern INTERVIEW = Pattern.compile(
            "\"id\":\"([^\"]+)\".*?\"lastSequence\":(\\d+).*?\"status\":\"(\\w+)\"");
    private static final Pattern SEQUENCE = Pattern.compile("\"sequence\":(\\d+)");
    private static final Pattern LAST_SEQUENCE = Pattern.compile("\"lastSequence\":(\\d+)");
    private static final String MARKER = "bench-post-";

    private final List<URI> nodes;
    private final URI postTo;
    private final int viewers;
    private final double rate;
    private final int seconds;
    private final String user;
    private final String password;
    private final int clientsPerNode;
    private final int stalled;
    /** The lean NIO client (default) or the JDK's java.net.http client ({@code --client jdk}). */
    private final boolean nioClient;
    private final int ioThreads;
    private NioViewers lean;
    private final int stalledReceiveBuffer;
    private String interview;
    private final String padding;
    /** Viewer sessions the nodes must report, all processes together, before the first post. */
    private final int awaitViewers;
    /** Latencies of the current progress interval (all nodes), so steady state shows apart from warm-up. */
    private static final Recorder INTERVAL = new Recorder(TimeUnit.MINUTES.toMicros(5), 3);

    private final List<Node> stats = new ArrayList<>();
    private final List<Viewer> all = new ArrayList<>();
    private final List<Socket> stalledSockets = new ArrayList<>();

    /** What one node's viewers saw. */
    private static final class Node {
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

        Node(URI ws) {
            this.ws = ws;
            this.http = URI.create(ws.toString().replaceFirst("^ws", "http"));
        }
    }

    private InterviewBenchmark(Map<String, String> options) {
        nodes = Arrays.stream(options.getOrDefault("url", "ws://localhost:8080").split(","))
                .map(String::strip).map(URI::create).toList();
        nodes.forEach(n -> stats.add(new Node(n)));
        postTo = URI.create(options.getOrDefault("post-url", nodes.get(0).toString()).replaceFirst("^ws", "http"));
        viewers = Integer.parseInt(options.getOrDefault("viewers", "1000"));
        rate = Double.parseDouble(options.getOrDefault("rate", "2"));
        seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        user = options.getOrDefault("user", "host");
        password = options.getOrDefault("password", "Minsheng@2026");
        clientsPerNode = Integer.parseInt(options.getOrDefault("clients", "4"));
        stalled = Integer.parseInt(options.getOrDefault("stalled", "0"));
        nioClient = !options.getOrDefault("client", "lean").equals("jdk");
        ioThreads = Integer.parseInt(options.getOrDefault("io-threads", "2"));
        stalledReceiveBuffer = Integer.parseInt(options.getOrDefault("stalled-rcvbuf", "4096"));
        interview = options.get("interview");
        padding = "说".repeat(Integer.parseInt(options.getOrDefault("pad", "0")));
        awaitViewers = Integer.parseInt(options.getOrDefault("await-viewers", "0"));
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
        new InterviewBenchmark(options).run();
    }

    /** One viewer connection: the numbers it got, and whether the server closed it. */
    private static final class Viewer implements WebSocket.Listener {
        final Node node;
        final BitSet received = new BitSet();
        final StringBuilder partial = new StringBuilder();
        volatile boolean open;
        long duplicates;

        Viewer(Node node) {
            this.node = node;
        }

        @Override
        public void onOpen(WebSocket socket) {
            open = true;
            socket.request(Long.MAX_VALUE);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long nowMicros = epochMicros();
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
            int marker = frame.indexOf(MARKER);
            if (marker < 0) {
                return null;
            }
            delivered(longAfter(frame, 0, "\"seq\":"), longAfter(frame, marker, "@"), nowMicros);
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

    static long epochMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    private static long longAfter(String text, int from, String key) {
        int i = text.indexOf(key, from) + key.length();
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
        if (rate > 0) {
            HttpResponse<String> signIn = rest.send(HttpRequest.newBuilder(postTo.resolve("/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (signIn.statusCode() != 200) {
                throw new IllegalStateException("sign-in of " + user + " failed: " + signIn.body());
            }
        }
        long startSequence = findInterview(rest);
        System.out.printf("interview %s, starting after post #%d; %d viewers over %s, %d stalled, %.1f posts/s"
                        + " of %d extra characters for %d s%n",
                interview, startSequence, viewers, nodes, stalled, rate, padding.length(), seconds);

        long connectStart = System.nanoTime();
        if (nioClient) {
            connectLean(startSequence);
        } else {
            connectJdk(startSequence);
        }
        System.out.printf("connected %d of %d in %.1f s (%d failed)%n", countOpen(), viewers,
                (System.nanoTime() - connectStart) / 1e9, stats.stream().mapToInt(s -> s.failedToConnect.get()).sum());
        for (int i = 0; i < stalled; i++) {
            stalledSockets.add(openStalled(stats.get(i % nodes.size()).http, startSequence));
        }
        runAndReport(rest, startSequence);
    }

    /** Viewers on the lean client: a few selector threads for all sockets. */
    private void connectLean(long startSequence) throws Exception {
        lean = new NioViewers(ioThreads, 500, new NioViewers.Events() {
            @Override
            public void opened(NioViewers.Connection c) {
                Viewer v = (Viewer) c.tag;
                v.open = true;
                v.node.connected.incrementAndGet();
            }

            @Override
            public void post(NioViewers.Connection c, long sequence, long sentMicros, long receivedMicros) {
                ((Viewer) c.tag).delivered(sequence, sentMicros, receivedMicros);
            }

            @Override
            public void closed(NioViewers.Connection c, int code) {
                Viewer v = (Viewer) c.tag;
                if (code < 0) {
                    if (v.node.failedToConnect.incrementAndGet() <= 3) {
                        System.out.println("connect to " + v.node.ws + " failed");
                    }
                } else {
                    v.closedWith(code);
                }
            }
        });
        for (int i = 0; i < viewers; i++) {
            Node node = stats.get(i % nodes.size());
            Viewer viewer = new Viewer(node);
            all.add(viewer);
            lean.open(viewer, node.http, "/ws/interviews/" + interview + "?since=" + startSequence);
            if ((i + 1) % 5000 == 0) {
                System.out.printf("  … %d connections requested, %d open%n", i + 1, countOpen());
            }
        }
        lean.awaitHandshakes(500);
    }

    /** Viewers on the JDK's java.net.http WebSocket client. */
    private void connectJdk(long startSequence) throws Exception {
        // Few threads for many sockets: each client has one selector thread; listeners run on this pool.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<List<HttpClient>> wsClients = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            List<HttpClient> forNode = new ArrayList<>();
            for (int i = 0; i < clientsPerNode; i++) {
                forNode.add(HttpClient.newBuilder().executor(pool).connectTimeout(Duration.ofSeconds(20)).build());
            }
            wsClients.add(forNode);
        }
        Semaphore handshakes = new Semaphore(200);
        for (int i = 0; i < viewers; i++) {
            int n = i % nodes.size();
            Node node = stats.get(n);
            Viewer viewer = new Viewer(node);
            all.add(viewer);
            handshakes.acquire();
            wsClients.get(n).get((i / nodes.size()) % clientsPerNode).newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(node.ws.resolve("/ws/interviews/" + interview + "?since=" + startSequence), viewer)
                    .whenComplete((socket, error) -> {
                        handshakes.release();
                        if (error == null) {
                            node.connected.incrementAndGet();
                        } else if (node.failedToConnect.incrementAndGet() <= 3) {
                            System.out.println("connect to " + node.ws + " failed: " + rootCause(error));
                        }
                    });
            if ((i + 1) % 5000 == 0) {
                System.out.printf("  … %d connections requested, %d open%n", i + 1, countOpen());
            }
        }
        handshakes.acquire(200);
        handshakes.release(200);
    }

    private void runAndReport(HttpClient rest, long startSequence) throws Exception {
        ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger posted = new AtomicInteger();
        AtomicInteger postErrors = new AtomicInteger();
        if (rate > 0 && awaitViewers > 0) {
            awaitViewerSessions(rest);
        }
        INTERVAL.reset();
        long runStart = System.nanoTime();
        if (rate > 0) {
            poster.scheduleAtFixedRate(() -> post(rest, posted, postErrors), 0, (long) (1_000_000_000L / rate),
                    TimeUnit.NANOSECONDS);
        }
        long lastDeliveries = 0;
        for (int s = 1; s <= seconds; s++) {
            TimeUnit.SECONDS.sleep(1);
            long d = totalDeliveries();
            if (s % 5 == 0 || s == seconds) {
                Histogram window = INTERVAL.getIntervalHistogram();
                System.out.printf("  t=%3ds posts=%d deliveries/s=%,d p50/p99 %,.0f/%,.0f ms open=%d closed-by-server=%d %s%n",
                        s, posted.get(), (d - lastDeliveries) / Math.min(5, s),
                        window.getValueAtPercentile(50) / 1000.0, window.getValueAtPercentile(99) / 1000.0, countOpen(),
                        stats.stream().mapToInt(n -> n.closedByServer.get()).sum(), closeCodes());
                lastDeliveries = d;
            }
        }
        poster.shutdown();
        poster.awaitTermination(15, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - runStart) / 1e9;
        long endSequence = lastSequence(rest);
        List<Long> expected = benchPostsBetween(rest, startSequence, endSequence);
        // Let the last posts arrive.
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < drainDeadline && totalDeliveries() < expected.size() * countOpen()) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        for (Viewer v : all) {
            if (!v.open) {
                continue;
            }
            v.node.held++;
            synchronized (v) {
                v.node.duplicates += v.duplicates;
                for (long seq : expected) {
                    if (!v.received.get((int) seq)) {
                        v.node.lost++;
                    }
                }
            }
        }
        report(rest, elapsed, expected.size(), posted.get(), postErrors.get());
        for (Socket s : stalledSockets) {
            s.close();
        }
        System.exit(0);
    }

    /**
     * Waits until the nodes hold {@code --await-viewers} viewer sessions (other client processes
     * included), so the measured posts meet a steady state rather than handshakes still in progress.
     */
    private void awaitViewerSessions(HttpClient rest) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        long held = 0;
        while (System.nanoTime() < deadline) {
            held = stats.stream().map(n -> metrics(rest, n.http)).filter(m -> m.contains("\"viewerSessions\":"))
                    .mapToLong(m -> longAfter(m, 0, "\"viewerSessions\":")).sum();
            if (held >= awaitViewers) {
                System.out.printf("the nodes hold %,d viewer sessions; posting starts%n", held);
                return;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        System.out.printf("only %,d of %,d viewer sessions after 3 minutes; posting anyway%n", held, awaitViewers);
    }

    private void post(HttpClient rest, AtomicInteger posted, AtomicInteger postErrors) {
        int index = posted.getAndIncrement();
        String body = "{\"text\":\"" + MARKER + index + "@" + epochMicros() + " 压力测试发言：公交线网优化方案第" + index
                + "条说明。" + padding + "\"}";
        try {
            HttpResponse<String> response = rest.send(HttpRequest.newBuilder(postTo.resolve("/api/staff/interviews/"
                            + interview + "/posts"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 || !SEQUENCE.matcher(response.body()).find()) {
                postErrors.incrementAndGet();
                System.out.println("post failed: " + response.statusCode() + " " + response.body());
            }
        } catch (Exception e) {
            postErrors.incrementAndGet();
            System.out.println("post failed: " + rootCause(e));
        }
    }

    private void report(HttpClient rest, double elapsed, int expected, int posted, int postErrors) {
        System.out.println();
        System.out.println("== interview benchmark ==");
        System.out.printf("viewers requested          %,d over %d node(s), %d stalled%n", viewers, nodes.size(), stalled);
        System.out.printf("posts                      %,d in the stream during the run (%,d by this process, %d failed)"
                + " in %.1f s%n", expected, posted, postErrors, elapsed);
        Histogram total = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        long held = 0;
        long deliveries = 0;
        long lost = 0;
        long duplicates = 0;
        for (Node n : stats) {
            Histogram h = n.latency.copy();
            total.add(h);
            held += n.held;
            deliveries += n.deliveries.get();
            lost += n.lost;
            duplicates += n.duplicates;
            printNode(n.ws.toString(), n.held, n.failedToConnect.get(), n.closedByServer.get(), n.closeCodes.toString(),
                    n.deliveries.get(), elapsed, h, n.lost, n.duplicates);
            System.out.println("  server metrics           " + metrics(rest, n.http));
        }
        if (stats.size() > 1) {
            printNode("total", held, stats.stream().mapToInt(n -> n.failedToConnect.get()).sum(),
                    stats.stream().mapToInt(n -> n.closedByServer.get()).sum(), closeCodes().toString(), deliveries,
                    elapsed, total, lost, duplicates);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("client heap used           %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static void printNode(String name, long held, int failed, int closed, String codes, long deliveries,
                                  double elapsed, Histogram h, long lost, long duplicates) {
        System.out.printf("%s%n", name);
        System.out.printf("  connections held at end  %,d   (failed to connect %,d, closed by server %,d %s)%n",
                held, failed, closed, codes);
        System.out.printf("  deliveries               %,d  (%,.0f per second)%n", deliveries, deliveries / elapsed);
        System.out.printf("  delivery latency ms      p50 %.1f   p99 %.1f   max %.1f   (n=%,d)%n",
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0,
                h.getTotalCount());
        System.out.printf("  messages lost (held)     %,d   duplicates %,d%n", lost, duplicates);
    }

    private Map<Integer, Integer> closeCodes() {
        Map<Integer, Integer> codes = new TreeMap<>();
        stats.forEach(n -> n.closeCodes.forEach((code, count) -> codes.merge(code, count.get(), Integer::sum)));
        return codes;
    }

    private static String metrics(HttpClient rest, URI http) {
        try {
            return rest.send(HttpRequest.newBuilder(http.resolve("/api/interviews/live-metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            return "unavailable: " + rootCause(e);
        }
    }

    private long countOpen() {
        return all.stream().filter(v -> v.open).count();
    }

    private long totalDeliveries() {
        return stats.stream().mapToLong(n -> n.deliveries.get()).sum();
    }

    private long findInterview(HttpClient rest) throws Exception {
        String list = rest.send(HttpRequest.newBuilder(postTo.resolve("/api/interviews")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = INTERVIEW.matcher(list);
        while (m.find()) {
            if ((interview == null && m.group(3).equals("LIVE")) || m.group(1).equals(interview)) {
                interview = m.group(1);
                return Long.parseLong(m.group(2));
            }
        }
        throw new IllegalStateException("no live interview found at " + postTo + " (start one, or pass --interview ID)");
    }

    private long lastSequence(HttpClient rest) throws Exception {
        Matcher m = LAST_SEQUENCE.matcher(rest.send(HttpRequest.newBuilder(postTo.resolve("/api/interviews/" + interview))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** The numbers of the benchmark's posts (from any process) in (from, to]: what every viewer should have. */
    private List<Long> benchPostsBetween(HttpClient rest, long from, long to) throws Exception {
        List<Long> found = new ArrayList<>();
        long after = from;
        while (after < to) {
            String page = rest.send(HttpRequest.newBuilder(postTo.resolve("/api/interviews/" + interview
                    + "/posts?after=" + after + "&limit=1000")).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher posts = SEQUENCE.matcher(page);
            long last = after;
            int start = 0;
            while (posts.find()) {
                long seq = Long.parseLong(posts.group(1));
                // Each post object is one {...}; look for the marker within it.
                int objectStart = page.lastIndexOf('{', posts.start());
                int objectEnd = page.indexOf('}', posts.end());
                if (seq <= to && page.substring(Math.max(start, objectStart), objectEnd).contains(MARKER)) {
                    found.add(seq);
                }
                start = objectEnd;
                last = Math.max(last, seq);
            }
            if (last == after) {
                break;
            }
            after = last;
        }
        return found;
    }

    /** A viewer that completes the handshake and then never reads, with a small receive buffer. */
    private Socket openStalled(URI http, long since) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(stalledReceiveBuffer);
        socket.connect(new InetSocketAddress(http.getHost(), http.getPort()), 5000);
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        String request = "GET /ws/interviews/" + interview + "?since=" + since + " HTTP/1.1\r\n"
                + "Host: " + http.getHost() + ":" + http.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("handshake: " + head);
            }
            head.write(b);
        }
        if (!head.toString(StandardCharsets.US_ASCII).startsWith("HTTP/1.1 101")) {
            throw new IOException("stalled viewer's handshake refused: " + head);
        }
        return socket;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.toString();
    }
}
