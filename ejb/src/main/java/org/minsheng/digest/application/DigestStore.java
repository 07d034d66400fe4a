package org.minsheng.digest.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minsheng.digest.api.DigestAlert;
import org.minsheng.digest.api.ReceivedCount;
import org.minsheng.digest.domain.DepartmentTally;
import org.minsheng.digest.domain.HotTopic;

/**
 * The digest's state, as kept by the streaming infrastructure. Every method answers empty while
 * the topology is not running (starting, rebalancing, broker down).
 */
public interface DigestStore {

    Optional<List<ReceivedCount>> receivedByDayChannel();

    Optional<Collection<HotTopic>> hotTopics();

    /** Daily counts keyed {@code dimension|value|day} (channel, category, district, department). */
    Optional<Map<String, Long>> dailyCounts();

    /** Per department code. */
    Optional<Map<String, DepartmentTally>> tallies();

    Optional<List<DigestAlert>> alerts();

    /** A word for people: RUNNING, REBALANCING … */
    String state();

    boolean isRunning();
}
