package org.minsheng.poll.api;

/** A response was counted; whether its author may see the results now. */
public record ResponseReceipt(String pollId, boolean resultsVisible) {
}
