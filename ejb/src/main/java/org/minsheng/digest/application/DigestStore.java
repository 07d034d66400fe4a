package org.minsheng.digest.application;

import java.util.List;
import java.util.Optional;
import org.minsheng.digest.api.ReceivedCount;

/** The digest's state, as kept by the streaming infrastructure. */
public interface DigestStore {

    /** Empty while the topology is not running (starting, rebalancing, broker down). */
    Optional<List<ReceivedCount>> receivedByDayChannel();

    /** A word for people: RUNNING, REBALANCING … */
    String state();

    boolean isRunning();
}
