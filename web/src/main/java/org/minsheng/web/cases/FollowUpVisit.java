package org.minsheng.web.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A follow-up visit as posted: how, the rating 1..5, the resident's comment, the case version seen. */
@Schema(name = "FollowUpVisit", description = "A rating taken by phone or in person (回访)",
        requiredProperties = {"method", "score", "version"},
        properties = {
                @SchemaProperty(name = "method", enumeration = {"PHONE", "VISIT"}, description = "电话回访 or 上门回访"),
                @SchemaProperty(name = "score", minimum = "1", maximum = "5",
                        description = "1 非常不满意 … 5 非常满意; 1 and 2 reopen the case"),
                @SchemaProperty(name = "comment", maxLength = 500, description = "What the resident said"),
                @SchemaProperty(name = "version", description = "The case version seen; a stale one gets 409")})
public record FollowUpVisit(String method, Integer score, String comment, Long version) {
}
