package org.minsheng.nlp.api;

import java.util.List;

/**
 * The reply-quality check (答复质量): scores a reply against the message it answers and says why.
 * Advice for the handler and the reviewer; it never blocks a reply. Thread-safe.
 */
public interface ReplyQualityFacade {

    /**
     * Checks {@code reply} against the message; {@code similarReplyLengths} are the lengths in
     * characters of replies to similar cases (may be empty).
     */
    ReplyQualityReport check(String messageTitle, String messageBody, String reply, List<Integer> similarReplyLengths);
}
