package org.minsheng.web.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A department head's (or an administrator's) decision on an extension request. */
@Schema(name = "ExtensionDecision", description = "The decision on an extension request",
        requiredProperties = {"grant", "version"},
        properties = {
                @SchemaProperty(name = "grant", description = "true grants the days asked for, false refuses them"),
                @SchemaProperty(name = "version", description = "The case version the department head saw; a"
                        + " stale one gets 409")})
public record ExtensionDecision(Boolean grant, Long version) {
}
