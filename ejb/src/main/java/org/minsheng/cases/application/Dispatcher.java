package org.minsheng.cases.application;

import java.util.Optional;

/**
 * Decides which department receives a newly registered case. Several dispatchers may be deployed;
 * the one with the lowest {@link #priority()} that has an opinion wins. When none has, the case
 * waits in the dispatchers' queue (人工分办).
 */
public interface Dispatcher {

    record Decision(String departmentCode, String reason) {
    }

    /** The case as dispatchers see it, with the text analysis already done. */
    record Submission(String channel, String leaderCode, String title, String body, CaseAnalysis analysis) {
    }

    Optional<Decision> decide(Submission submission);

    int priority();
}
