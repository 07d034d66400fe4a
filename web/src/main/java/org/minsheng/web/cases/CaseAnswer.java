package org.minsheng.web.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A handler's reply; {@code publish} asks for publication on the board. */
@Schema(name = "CaseAnswer", description = "A handler's reply to the resident",
        requiredProperties = {"reply", "version"},
        properties = {
                @SchemaProperty(name = "reply", minLength = 1, maxLength = 4000,
                        description = "The reply, at most 4,000 characters"),
                @SchemaProperty(name = "publish", defaultValue = "false",
                        description = "Ask for publication on the board (only if the resident allowed it)"),
                @SchemaProperty(name = "version", description = "The case version the reply was written on; a"
                        + " stale one gets 409")})
public record CaseAnswer(String reply, Boolean publish, Long version) {
}
