package org.minsheng.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** The interview benchmark's closing report: per node with its server metrics and, with several nodes, in total. */
final class InterviewReport {

    private InterviewReport() {
    }

    static void print(InterviewOptions options, ViewerFleet fleet, InterviewRestClient rest, double elapsed,
                      int expected, int posted, int postErrors) {
        List<NodeStats> nodes = fleet.nodes();
        System.out.println();
        System.out.println("== interview benchmark ==");
        System.out.printf("viewers requested          %,d over %d node(s), %d stalled%n", options.viewers(),
                options.nodes().size(), options.stalled());
        System.out.printf("posts                      %,d in the stream during the run (%,d by this process, %d failed)"
                + " in %.1f s%n", expected, posted, postErrors, elapsed);
        Histogram total = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        long held = 0;
        long deliveries = 0;
        long lost = 0;
        long duplicates = 0;
        for (NodeStats n : nodes) {
            Histogram h = n.latency.copy();
            total.add(h);
            held += n.held;
            deliveries += n.deliveries.get();
            lost += n.lost;
            duplicates += n.duplicates;
            printNode(n.ws.toString(), n.held, n.failedToConnect.get(), n.closedByServer.get(), n.closeCodes.toString(),
                    n.deliveries.get(), elapsed, h, n.lost, n.duplicates);
            System.out.println("  server metrics           " + rest.metrics(n.http));
        }
        if (nodes.size() > 1) {
            printNode("total", held, fleet.failedToConnect(), fleet.closedByServer(), fleet.closeCodes().toString(),
                    deliveries, elapsed, total, lost, duplicates);
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
}
