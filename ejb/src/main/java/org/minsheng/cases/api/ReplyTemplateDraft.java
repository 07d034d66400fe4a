package org.minsheng.cases.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reply template as a department head writes it; the English name and text default to the
 * Chinese ones, the position to the end. {@code version} is required to edit or delete.
 */
@Schema(name = "ReplyTemplateDraft", requiredProperties = {"name", "body"},
        description = "A reply template; version is required to edit")
public record ReplyTemplateDraft(String name, String nameEn, String body, String bodyEn, Integer position,
        Long version) {
}
