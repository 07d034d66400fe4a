package org.minsheng.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The demo city's staff accounts and their roles, read from the demo data the application loads
 * ({@code demo/staff.tsv}, plus the handler named by its code of every department without one).
 * Tests sign in only as these accounts, whose password they know.
 */
final class DemoStaff {

    private DemoStaff() {
    }

    /** User name → role names as {@code @RolesAllowed} spells them. */
    static Map<String, Set<String>> accounts() {
        Map<String, Set<String>> accounts = new LinkedHashMap<>();
        Set<String> staffed = new TreeSet<>();
        for (String[] row : rows("demo/staff.tsv")) {
            Set<String> roles = Arrays.stream(row[2].split(",")).map(r -> r.strip().toLowerCase().replace('_', '-'))
                    .collect(Collectors.toCollection(TreeSet::new));
            accounts.put(row[0], roles);
            if (roles.contains("handler")) {
                staffed.add(row[3]);
            }
        }
        for (String[] row : rows("demo/departments.tsv")) {
            if (!staffed.contains(row[0])) {
                accounts.put(row[0], Set.of("handler"));
            }
        }
        return accounts;
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = DemoStaff.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
