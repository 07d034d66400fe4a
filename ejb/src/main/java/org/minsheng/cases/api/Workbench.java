package org.minsheng.cases.api;

import java.util.List;
import java.util.Map;

/** A handler's workbench: the count of each queue and the cases of the chosen one. */
public record Workbench(String queue, Map<String, Long> counts, List<QueueItem> items) {

    /** The queues, in the order the workbench shows them. */
    public static final List<String> QUEUES =
            List.of("TO_SIGN", "HANDLING", "DUE_SOON", "OVERDUE", "SENT_BACK", "IN_REVIEW", "CO_HANDLING");
}
