package org.minsheng.bench;

import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * One run of the interview benchmark: finds the interview, opens the viewers and stalled readers,
 * posts at the set rate while printing progress every five seconds, then lets the last posts
 * arrive, counts what each viewer lacks and prints the report. Ends the process.
 */
final class InterviewRun {

    private final InterviewOptions options;
    private final InterviewRestClient rest;
    private final ViewerFleet fleet;
    private final List<Socket> stalledSockets = new ArrayList<>();

    InterviewRun(InterviewOptions options) {
        this.options = options;
        this.rest = new InterviewRestClient(options.postTo());
        this.fleet = new ViewerFleet(options);
    }

    void run() throws Exception {
        if (options.rate() > 0) {
            rest.signIn(options.user(), options.password());
        }
        InterviewRestClient.LiveInterview live = rest.findInterview(options.interview());
        String interview = live.id();
        long startSequence = live.lastSequence();
        System.out.printf("interview %s, starting after post #%d; %d viewers over %s, %d stalled, %.1f posts/s"
                        + " of %d extra characters for %d s%n",
                interview, startSequence, options.viewers(), options.nodes(), options.stalled(), options.rate(),
                options.padding().length(), options.seconds());

        long connectStart = System.nanoTime();
        fleet.connect(interview, startSequence);
        System.out.printf("connected %d of %d in %.1f s (%d failed)%n", fleet.countOpen(), options.viewers(),
                (System.nanoTime() - connectStart) / 1e9, fleet.failedToConnect());
        List<NodeStats> nodes = fleet.nodes();
        for (int i = 0; i < options.stalled(); i++) {
            stalledSockets.add(StalledReader.open(nodes.get(i % nodes.size()).http, interview, startSequence,
                    options.stalledReceiveBuffer()));
        }
        postWatchAndReport(interview, startSequence);
    }

    private void postWatchAndReport(String interview, long startSequence) throws Exception {
        ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger posted = new AtomicInteger();
        AtomicInteger postErrors = new AtomicInteger();
        double rate = options.rate();
        if (rate > 0 && options.awaitViewers() > 0) {
            awaitViewerSessions();
        }
        Viewer.INTERVAL.reset();
        long runStart = System.nanoTime();
        if (rate > 0) {
            poster.scheduleAtFixedRate(() -> rest.post(interview, options.padding(), posted, postErrors), 0,
                    (long) (1_000_000_000L / rate), TimeUnit.NANOSECONDS);
        }
        int seconds = options.seconds();
        long lastDeliveries = 0;
        for (int s = 1; s <= seconds; s++) {
            TimeUnit.SECONDS.sleep(1);
            long d = fleet.totalDeliveries();
            if (s % 5 == 0 || s == seconds) {
                Histogram window = Viewer.INTERVAL.getIntervalHistogram();
                System.out.printf("  t=%3ds posts=%d deliveries/s=%,d p50/p99 %,.0f/%,.0f ms open=%d closed-by-server=%d %s%n",
                        s, posted.get(), (d - lastDeliveries) / Math.min(5, s),
                        window.getValueAtPercentile(50) / 1000.0, window.getValueAtPercentile(99) / 1000.0,
                        fleet.countOpen(), fleet.closedByServer(), fleet.closeCodes());
                lastDeliveries = d;
            }
        }
        poster.shutdown();
        poster.awaitTermination(15, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - runStart) / 1e9;
        long endSequence = rest.lastSequence(interview);
        List<Long> expected = rest.benchPostsBetween(interview, startSequence, endSequence);
        // Let the last posts arrive.
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < drainDeadline && fleet.totalDeliveries() < expected.size() * fleet.countOpen()) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        fleet.tally(expected);
        InterviewReport.print(options, fleet, rest, elapsed, expected.size(), posted.get(), postErrors.get());
        for (Socket s : stalledSockets) {
            s.close();
        }
        System.exit(0);
    }

    /**
     * Waits until the nodes hold {@code --await-viewers} viewer sessions (other client processes
     * included), so the measured posts meet a steady state rather than handshakes still in progress.
     */
    private void awaitViewerSessions() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        long held = 0;
        while (System.nanoTime() < deadline) {
            held = fleet.nodes().stream().map(n -> rest.metrics(n.http)).filter(m -> m.contains("\"viewerSessions\":"))
                    .mapToLong(m -> BenchText.longAfter(m, 0, "\"viewerSessions\":")).sum();
            if (held >= options.awaitViewers()) {
                System.out.printf("the nodes hold %,d viewer sessions; posting starts%n", held);
                return;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        System.out.printf("only %,d of %,d viewer sessions after 3 minutes; posting anyway%n", held,
                options.awaitViewers());
    }
}
