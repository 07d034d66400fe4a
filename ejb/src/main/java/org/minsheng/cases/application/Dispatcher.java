package org.minsheng.cases.application;

import java.util.Optional;

/**
 * Decides which department receives a newly registered case. Several dispatchers may be deployed;
 * the one with the lowest {@link #priority()} that has an opinion wins.
 */
public interface Dispatcher {

    record Decision(String departmentCode, String reason) {
    }

    record Submission(String channel, String leaderCode, String title, String body) {
    }

    Optional<Decision> decide(Submission submission);

    int priority();
}
