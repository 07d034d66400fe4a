package org.minsheng.hearing.api;

import java.time.Instant;

/**
 * A comment: publicly with the masked author and text only; for staff also the name, mobile and
 * text as written, with the moderation status.
 */
public record CommentView(String id, int section, int draftVersion, String author, String text, Instant submittedAt,
                          String status, String statusZh, String statusEn, boolean held, String authorName,
                          String authorMobile, String originalText, long version) {
}
