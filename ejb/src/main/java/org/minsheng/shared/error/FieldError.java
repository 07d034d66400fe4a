package org.minsheng.shared.error;

/** One invalid input field, explained in Chinese and English. */
public record FieldError(String field, String messageZh, String messageEn) {
}
