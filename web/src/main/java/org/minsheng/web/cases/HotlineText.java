package org.minsheng.web.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** What the call-taker has typed so far, for suggestions. */
@Schema(name = "HotlineText", description = "What the caller said so far", requiredProperties = "body",
        properties = {
                @SchemaProperty(name = "title", maxLength = 50, description = "The title, if already written"),
                @SchemaProperty(name = "body", maxLength = 2000, description = "What the caller said")})
public record HotlineText(String title, String body) {
}
