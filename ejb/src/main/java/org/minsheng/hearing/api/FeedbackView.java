package org.minsheng.hearing.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The department's feedback (采纳情况): comments received, adopted, partly adopted and not adopted,
 * with the reason for each group that has any.
 */
@Schema(name = "Feedback", description = "The department's feedback on the comments",
        requiredProperties = {"adopted", "partlyAdopted", "notAdopted"})
public record FeedbackView(Integer received, Integer adopted, Integer partlyAdopted, Integer notAdopted,
                           String adoptedReason, String partlyReason, String notAdoptedReason, Instant publishedAt) {
}
