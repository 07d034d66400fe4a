package org.minsheng.nlp.domain;

import java.util.List;

/**
 * What the reply-quality rules look at: the message and reply texts, the message's keywords and
 * places (from the text analysis), the sensitive words found in the reply, whether the reply shows
 * personal data, and the lengths of replies to similar cases (empty when none are known).
 */
public record ReplyEvidence(String message, String reply, List<String> messageKeywords, List<String> messagePlaces,
        List<String> sensitiveWords, boolean personalData, List<Integer> similarReplyLengths) {

    public ReplyEvidence {
        message = message == null ? "" : message;
        reply = reply == null ? "" : reply;
        messageKeywords = List.copyOf(messageKeywords);
        messagePlaces = List.copyOf(messagePlaces);
        sensitiveWords = List.copyOf(sensitiveWords);
        similarReplyLengths = List.copyOf(similarReplyLengths);
    }
}
