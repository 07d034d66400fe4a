package org.minsheng.nlp.domain;

/** One issue found in a reply, with what made the check find it (words, lengths …). */
public record ReplyFinding(ReplyIssue issue, String detail) {
}
