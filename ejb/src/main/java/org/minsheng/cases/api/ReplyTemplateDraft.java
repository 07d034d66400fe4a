package org.minsheng.cases.api;

/**
 * A reply template as a department head writes it; the English name and text default to the
 * Chinese ones, the position to the end. {@code version} is required to edit or delete.
 */
public record ReplyTemplateDraft(String name, String nameEn, String body, String bodyEn, Integer position,
        Long version) {
}
