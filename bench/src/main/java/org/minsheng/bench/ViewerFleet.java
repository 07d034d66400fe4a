package org.minsheng.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * The viewers of one run, spread round-robin over the nodes, on the lean client or the JDK's, and
 * the totals over them.
 */
final class ViewerFleet {

    private final InterviewOptions options;
    private final List<NodeStats> nodes = new ArrayList<>();
    private final List<Viewer> viewers = new ArrayList<>();
    /** Held for the run: its selector threads serve the lean client's sockets. */
    private NioViewers lean;

    ViewerFleet(InterviewOptions options) {
        this.options = options;
        options.nodes().forEach(n -> nodes.add(new NodeStats(n)));
    }

    List<NodeStats> nodes() {
        return nodes;
    }

    /**
     * Opens every viewer of {@code interview}, from the post after {@code since}; returns when all
     * handshakes have ended.
     */
    void connect(String interview, long since) throws Exception {
        if (options.nioClient()) {
            connectLean(interview, since);
        } else {
            connectJdk(interview, since);
        }
    }

    /** Viewers on the lean client: a few selector threads for all sockets. */
    private void connectLean(String interview, long since) throws Exception {
        lean = new NioViewers(options.ioThreads(), 500, new NioViewers.Events() {
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
        for (int i = 0; i < options.viewers(); i++) {
            NodeStats node = nodes.get(i % nodes.size());
            Viewer viewer = new Viewer(node);
            viewers.add(viewer);
            lean.open(viewer, node.http, "/ws/interviews/" + interview + "?since=" + since);
            if ((i + 1) % 5000 == 0) {
                System.out.printf("  … %d connections requested, %d open%n", i + 1, countOpen());
            }
        }
        lean.awaitHandshakes(500);
    }

    /** Viewers on the JDK's java.net.http WebSocket client. */
    private void connectJdk(String interview, long since) throws Exception {
        // Few threads for many sockets: each client has one selector thread; listeners run on this pool.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int clientsPerNode = options.clientsPerNode();
        List<List<HttpClient>> wsClients = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            List<HttpClient> forNode = new ArrayList<>();
            for (int i = 0; i < clientsPerNode; i++) {
                forNode.add(HttpClient.newBuilder().executor(pool).connectTimeout(Duration.ofSeconds(20)).build());
            }
            wsClients.add(forNode);
        }
        Semaphore handshakes = new Semaphore(200);
        for (int i = 0; i < options.viewers(); i++) {
            int n = i % nodes.size();
            NodeStats node = nodes.get(n);
            Viewer viewer = new Viewer(node);
            viewers.add(viewer);
            handshakes.acquire();
            wsClients.get(n).get((i / nodes.size()) % clientsPerNode).newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(node.ws.resolve("/ws/interviews/" + interview + "?since=" + since), viewer)
                    .whenComplete((socket, error) -> {
                        handshakes.release();
                        if (error == null) {
                            node.connected.incrementAndGet();
                        } else if (node.failedToConnect.incrementAndGet() <= 3) {
                            System.out.println("connect to " + node.ws + " failed: " + BenchText.rootCause(error));
                        }
                    });
            if ((i + 1) % 5000 == 0) {
                System.out.printf("  … %d connections requested, %d open%n", i + 1, countOpen());
            }
        }
        handshakes.acquire(200);
        handshakes.release(200);
    }

    /**
     * Counts, per node, the viewers still open and, of those, the expected posts they lack and the
     * duplicates they got. Viewers the server closed are not counted: being dropped is allowed.
     */
    void tally(List<Long> expected) {
        for (Viewer v : viewers) {
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
    }

    long countOpen() {
        return viewers.stream().filter(v -> v.open).count();
    }

    long totalDeliveries() {
        return nodes.stream().mapToLong(n -> n.deliveries.get()).sum();
    }

    int failedToConnect() {
        return nodes.stream().mapToInt(n -> n.failedToConnect.get()).sum();
    }

    int closedByServer() {
        return nodes.stream().mapToInt(n -> n.closedByServer.get()).sum();
    }

    /** How often each close code was seen, over all nodes. */
    Map<Integer, Integer> closeCodes() {
        Map<Integer, Integer> codes = new TreeMap<>();
        nodes.forEach(n -> n.closeCodes.forEach((code, count) -> codes.merge(code, count.get(), Integer::sum)));
        return codes;
    }
}
