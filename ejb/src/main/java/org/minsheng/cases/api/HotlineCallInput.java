package org.minsheng.cases.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A case a call-taker enters for a caller, a letter or a visitor. {@code channel} is one of
 * {@code PHONE}, {@code LETTER}, {@code VISIT}, {@code HOTLINE_12345}; {@code caseType} one of
 * {@code CONSULTATION}, {@code COMPLAINT}, {@code SUGGESTION}, {@code HELP}. An anonymous caller's
 * name and number are not stored, even when given. {@code answerOnTheSpot} is the answer given
 * from the FAQ and guides during the call (直接答复, consultations only); {@code mergeWith} the
 * tracking number of an open case this one repeats (并单).
 */
@Schema(name = "HotlineCall", description = "A case a call-taker enters for a caller, a letter or a visitor",
        requiredProperties = {"channel", "caseType", "title", "body"},
        properties = {
                @SchemaProperty(name = "channel", description = "How it came in",
                        enumeration = {"PHONE", "LETTER", "VISIT", "HOTLINE_12345"}, example = "HOTLINE_12345"),
                @SchemaProperty(name = "caseType", enumeration = {"CONSULTATION", "COMPLAINT", "SUGGESTION", "HELP"},
                        example = "COMPLAINT"),
                @SchemaProperty(name = "title", minLength = 1, maxLength = 50, example = "朗州路路灯不亮"),
                @SchemaProperty(name = "body", minLength = 1, maxLength = 2000, description = "What the caller said",
                        example = "来电反映朗州路北段路灯连续一周不亮。"),
                @SchemaProperty(name = "callerName", maxLength = 20, description = "Optional; not stored when anonymous"),
                @SchemaProperty(name = "callerMobile", pattern = "^1[3-9]\\d{9}$",
                        description = "Optional; the receipt goes there by SMS when a gateway is configured;"
                                + " not stored when anonymous"),
                @SchemaProperty(name = "anonymous", defaultValue = "false",
                        description = "The caller stays anonymous: no name or number is stored"),
                @SchemaProperty(name = "answerOnTheSpot", maxLength = 4000,
                        description = "The answer given during the call (直接答复); consultations only"),
                @SchemaProperty(name = "mergeWith", description = "Tracking number of an open case this call repeats"
                        + " (并单)", example = "MS20261201-00032")})
public record HotlineCallInput(String channel, String caseType, String title, String body, String callerName,
                               String callerMobile, Boolean anonymous, String answerOnTheSpot, String mergeWith) {
}
