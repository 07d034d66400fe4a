package org.minsheng.cases.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Lenient reading of form and API input; the use cases' validation decides what is missing. */
final class Inputs {

    private Inputs() {
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The constant of that name, or null for a missing, blank or unknown name. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Codes without blanks and repeats, in their order. */
    static List<String> distinct(Collection<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return new ArrayList<>(new LinkedHashSet<>(codes.stream().filter(s -> s != null && !s.isBlank()).toList()));
    }
}
