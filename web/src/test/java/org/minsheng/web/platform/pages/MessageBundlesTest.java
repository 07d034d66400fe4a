package org.minsheng.web.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Chinese and English bundles: each key once (a later copy silently wins), and the same keys in both. */
class MessageBundlesTest {

    private static List<String> keys(String bundle) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream("i18n/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            List<String> keys = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#") && l.contains("=")) {
                    keys.add(l.substring(0, l.indexOf('=')).strip());
                }
            }
            return keys;
        }
    }

    private static Set<String> duplicates(List<String> keys) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        keys.forEach(k -> {
            if (!seen.add(k)) {
                twice.add(k);
            }
        });
        return twice;
    }

    @Test
    void everyKeyOnceAndInBothLanguages() throws IOException {
        List<String> zh = keys("messages_zh.properties");
        List<String> en = keys("messages_en.properties");
        assertThat(duplicates(zh)).as("keys defined twice in Chinese").isEmpty();
        assertThat(duplicates(en)).as("keys defined twice in English").isEmpty();
        assertThat(new HashSet<>(en)).as("English keys").containsExactlyInAnyOrderElementsOf(new HashSet<>(zh));
    }
}
