package org.minsheng.web.platform.pages;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.shared.error.FieldError;

/**
 * What a page with several forms needs to show a failed submission again: which form failed, the
 * errors of its fields and what was typed. The other forms of the page stay empty.
 */
public record FormState(String failed, Map<String, FieldError> errors, Map<String, List<String>> typed) {

    public static final FormState NONE = new FormState("", Map.of(), Map.of());

    public static FormState failed(String form, List<FieldError> errors, Map<String, List<String>> typed) {
        return new FormState(form, errors.stream()
                .collect(Collectors.toMap(FieldError::field, Function.identity(), (a, b) -> a)), typed);
    }

    public boolean isFailed(String form) {
        return failed.equals(form);
    }

    /** The error of a field of the form, or null. */
    public FieldError error(String form, String field) {
        return isFailed(form) ? errors.get(field) : null;
    }

    public boolean invalid(String form, String field) {
        return error(form, field) != null;
    }

    /** Errors of the failed form whose field has no place on it (shown above the form). */
    public List<FieldError> otherErrors(String form, List<String> fields) {
        return isFailed(form) ? errors.values().stream().filter(e -> !fields.contains(e.field())).toList() : List.of();
    }

    /** What was typed into a field of the failed form, else empty. */
    public String value(String form, String field) {
        List<String> values = isFailed(form) ? typed.get(field) : null;
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    public boolean chosen(String form, String field, String option) {
        List<String> values = isFailed(form) ? typed.get(field) : null;
        return values != null && values.contains(option);
    }
}
