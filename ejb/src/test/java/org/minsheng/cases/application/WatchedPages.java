package org.minsheng.cases.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minsheng.integrity.api.PublishedContent;

/** The integrity feature's register of published pages, in memory: path and parts by reference. */
final class WatchedPages implements PublishedContent {

    record Registered(String kind, String path, List<String> parts) {
    }

    final Map<String, Registered> watched = new LinkedHashMap<>();

    @Override
    public String register(String kind, String reference, String path, List<String> parts) {
        watched.put(reference, new Registered(kind, path, List.copyOf(parts)));
        return "hash-of-" + reference;
    }

    @Override
    public void withdraw(String kind, String reference) {
        watched.remove(reference);
    }

    @Override
    public Optional<String> expectedHash(String kind, String reference) {
        return watched.containsKey(reference) ? Optional.of("hash-of-" + reference) : Optional.empty();
    }
}
