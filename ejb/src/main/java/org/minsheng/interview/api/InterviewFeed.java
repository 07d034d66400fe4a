package org.minsheng.interview.api;

/** The node's subscription to the interview topic, for the web layer's fan-out. */
public interface InterviewFeed {

    void listen(FeedListener listener);

    /** Whether the node's consumer is assigned its partitions and polling. */
    boolean running();
}
