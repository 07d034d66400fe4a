package org.minsheng.hearing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The department's published feedback (采纳情况): how many comments it received and how many it
 * adopted, partly adopted and did not adopt, with the reason for each group.
 */
@Embeddable
public record Feedback(
        @Column(name = "fb_received") Integer received,
        @Column(name = "fb_adopted") Integer adopted,
        @Column(name = "fb_partly") Integer partlyAdopted,
        @Column(name = "fb_not_adopted") Integer notAdopted,
        @Column(name = "fb_adopted_reason", length = 2000) String adoptedReason,
        @Column(name = "fb_partly_reason", length = 2000) String partlyReason,
        @Column(name = "fb_not_adopted_reason", length = 2000) String notAdoptedReason,
        @Column(name = "fb_published_at") Instant publishedAt) {
}
