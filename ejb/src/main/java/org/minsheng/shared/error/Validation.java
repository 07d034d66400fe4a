package org.minsheng.shared.error;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors so a form reports every problem in one answer. */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation require(boolean ok, String field, String zh, String en) {
        if (!ok) {
            errors.add(new FieldError(field, zh, en));
        }
        return this;
    }

    /** Required text of at most {@code max} characters (code points, so one Chinese character counts one). */
    public Validation text(String value, String field, String labelZh, String labelEn, int max, boolean required) {
        if (value == null || value.isBlank()) {
            return require(!required, field, labelZh + "不能为空", labelEn + " is required");
        }
        int length = value.codePointCount(0, value.length());
        return require(length <= max, field,
                labelZh + "不能超过" + max + "个字（现为" + length + "个）",
                labelEn + " must be at most " + max + " characters (it has " + length + ")");
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}
