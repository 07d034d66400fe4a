package org.minsheng.digest.api;

import java.time.Instant;

/** A message of a topic as leaders see it: the masked title and summary, when, and its likes. */
public record TopicMessageView(String id, String title, String summary, Instant at, int likes) {
}
