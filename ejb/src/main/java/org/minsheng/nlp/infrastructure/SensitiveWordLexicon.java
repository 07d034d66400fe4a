package org.minsheng.nlp.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lexicon file: UTF-8, one entry per line, {@code #} starts a comment, blank lines are
 * ignored. The default lexicon ships at {@value #DEFAULT_RESOURCE}.
 */
public final class SensitiveWordLexicon {

    public static final String DEFAULT_RESOURCE = "nlp/moderation/sensitive-words.txt";

    private SensitiveWordLexicon() {
    }

    public static List<String> defaultWords() {
        InputStream in = SensitiveWordLexicon.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> parse(Reader source) throws IOException {
        List<String> words = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!entry.isEmpty()) {
                words.add(entry);
            }
        }
        return words;
    }
}
