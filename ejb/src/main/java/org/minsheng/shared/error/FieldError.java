package org.minsheng.shared.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** One invalid input field, explained in Chinese and English. */
@Schema(name = "FieldError", description = "One invalid input field, explained in Chinese and English",
        requiredProperties = {"field", "messageZh", "messageEn"},
        properties = {
                @SchemaProperty(name = "field", description = "The request field, as named in the request",
                        example = "title"),
                @SchemaProperty(name = "messageZh", description = "The message in Chinese",
                        example = "标题不能超过50个字（现为51个）"),
                @SchemaProperty(name = "messageEn", description = "The message in English",
                        example = "Title must be at most 50 characters (it has 51)")})
public record FieldError(String field, String messageZh, String messageEn) {
}
