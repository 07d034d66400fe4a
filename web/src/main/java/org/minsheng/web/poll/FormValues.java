package org.minsheng.web.poll;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;

/** What a resident had typed and chosen, so a refused form comes back as they left it. */
public final class FormValues {

    private final Map<String, List<String>> values;

    FormValues() {
        this.values = Map.of();
    }

    FormValues(MultivaluedMap<String, String> form) {
        this.values = form == null ? Map.of() : Map.copyOf(form);
    }

    public boolean has(String field, Object value) {
        return values.getOrDefault(field, List.of()).contains(String.valueOf(value));
    }

    public String first(String field) {
        List<String> v = values.getOrDefault(field, List.of());
        return v.isEmpty() ? "" : v.get(0);
    }
}
