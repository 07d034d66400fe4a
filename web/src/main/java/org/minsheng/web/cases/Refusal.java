package org.minsheng.web.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** 不予受理: the reason the case is not accepted and an explanation, which the resident sees. */
@Schema(name = "Refusal", description = "不予受理: why the case is not accepted, which the resident sees",
        requiredProperties = {"reason", "version"},
        properties = {
                @SchemaProperty(name = "reason", enumeration = {"OUT_OF_SCOPE", "DUPLICATE", "ABUSIVE", "UNCLEAR",
                        "LEGAL_PROCEEDINGS", "OTHER"}, description = "The reason"),
                @SchemaProperty(name = "note", maxLength = 500,
                        description = "An explanation, at most 500 characters; required when reason is OTHER"),
                @SchemaProperty(name = "version", description = "The case version the dispatcher saw; a stale one"
                        + " gets 409")})
public record Refusal(String reason, String note, Long version) {
}
