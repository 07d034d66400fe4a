package org.minsheng.web.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** Whether an answer held back for sensitive words goes on the board after all. */
@Schema(name = "Publication", description = "Whether an answer held back for sensitive words is published",
        requiredProperties = "publish",
        properties = @SchemaProperty(name = "publish", description = "true publishes it on the board"))
public record Publication(Boolean publish) {
}
