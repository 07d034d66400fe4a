package org.minsheng.nlp.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which department receives a case of a given category. Read from a two-column TSV
 * ({@code category<TAB>department}, {@code #} comments); the category {@code *} names the
 * department that takes categories without their own line (usually the platform's dispatch desk).
 */
public final class CategoryDepartmentMapping {

    public static final String FALLBACK_KEY = "*";

    private final Map<String, String> departments;
    private final String fallback;

    public CategoryDepartmentMapping(Map<String, String> departments, String fallback) {
        this.departments = Collections.unmodifiableMap(new LinkedHashMap<>(departments));
        this.fallback = fallback;
        for (Map.Entry<String, String> e : this.departments.entrySet()) {
            if (e.getKey().isBlank() || e.getValue() == null || e.getValue().isBlank()) {
                throw new IllegalArgumentException("blank category or department");
            }
        }
    }

    public static CategoryDepartmentMapping parse(Reader reader) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        String fallback = null;
        BufferedReader in = new BufferedReader(reader);
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new ClassifierDataException("映射文件第 " + lineNo + " 行应为“类别<TAB>部门” / mapping line "
                        + lineNo + " must be 'category<TAB>department'");
            }
            String category = parts[0].strip();
            String department = parts[1].strip();
            if (category.equals(FALLBACK_KEY)) {
                fallback = department;
            } else if (map.put(category, department) != null) {
                throw new ClassifierDataException("映射文件中类别重复: " + category + " / duplicate category in mapping: "
                        + category);
            }
        }
        return new CategoryDepartmentMapping(map, fallback);
    }

    /** The department for the category: its own line, else the fallback, else empty. */
    public Optional<String> departmentFor(String category) {
        Objects.requireNonNull(category, "category");
        String d = departments.get(category);
        return Optional.ofNullable(d != null ? d : fallback);
    }

    public Map<String, String> departments() {
        return departments;
    }

    public Optional<String> fallback() {
        return Optional.ofNullable(fallback);
    }
}
