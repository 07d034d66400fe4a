package org.minsheng.interview.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.minsheng.interview.domain.InterviewRepository;

/** How many watch each interview live, summed over the nodes. */
@Stateless
public class ViewerCounts {

    @Inject
    Clock clock;

    @Inject
    InterviewRepository interviews;

    /**
     * Records this node's live viewer counts and returns every node's total per interview (nodes
     * not heard from for 10 s are left out). Called by the web layer's fan-out every few seconds.
     */
    @PermitAll
    public Map<String, Long> report(String node, Map<String, Integer> counts) {
        Instant now = clock.instant();
        return interviews.reportViewers(node, counts, now, now.minusSeconds(10));
    }
}
