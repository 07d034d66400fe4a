package org.minsheng.web.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** 申请延期: how many working days more the handler asks for, and why. */
@Schema(name = "ExtensionRequest", description = "申请延期: more working days for the case",
        requiredProperties = {"days", "reason", "version"},
        properties = {
                @SchemaProperty(name = "days", minimum = "1", maximum = "30", description = "Working days more"),
                @SchemaProperty(name = "reason", minLength = 1, maxLength = 500,
                        description = "Why, at most 500 characters"),
                @SchemaProperty(name = "version", description = "The case version the handler saw; a stale one"
                        + " gets 409")})
public record ExtensionRequest(Integer days, String reason, Long version) {
}
