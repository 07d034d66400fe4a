package org.minsheng.interview.api;

/**
 * Receives what this node consumes from the interview topic, in topic order per interview.
 * Delivery is at least once and may skip numbers after a rebalance: listeners de-duplicate by
 * sequence and fill gaps from the stored history.
 */
public interface FeedListener {

    void post(PostView post);

    /** Something changed in the moderators' queue of the interview. */
    void queueChanged(String interviewId, String questionId, String change);
}
