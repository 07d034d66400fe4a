package org.minsheng.nlp.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minsheng.nlp.domain.LexiconEntry;
import org.minsheng.nlp.domain.SensitiveWordCategory;

/**
 * Reads a lexicon file: UTF-8, one entry per line, {@code #} starts a comment, blank lines are
 * ignored; a comment {@code # [CODE] …} (a {@link SensitiveWordCategory} name) puts the entries
 * below it in that category, {@code OTHER} before any. The default lexicon ships at
 * {@value #DEFAULT_RESOURCE}; it seeds the stored lexicon at the first start.
 */
public final class SensitiveWordLexicon {

    public static final String DEFAULT_RESOURCE = "nlp/moderation/sensitive-words.txt";

    private static final Pattern SECTION = Pattern.compile("^#\\s*\\[([A-Z_]+)]");

    private SensitiveWordLexicon() {
    }

    public static List<String> defaultWords() {
        return defaultEntries().stream().map(LexiconEntry::word).toList();
    }

    public static List<LexiconEntry> defaultEntries() {
        InputStream in = SensitiveWordLexicon.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parseEntries(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> parse(Reader source) throws IOException {
        return parseEntries(source).stream().map(LexiconEntry::word).toList();
    }

    public static List<LexiconEntry> parseEntries(Reader source) throws IOException {
        List<LexiconEntry> entries = new ArrayList<>();
        SensitiveWordCategory category = SensitiveWordCategory.OTHER;
        BufferedReader reader = new BufferedReader(source);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            Matcher section = SECTION.matcher(line.strip());
            if (section.find()) {
                category = Arrays.stream(SensitiveWordCategory.values()).filter(c -> c.name().equals(section.group(1)))
                        .findFirst().orElse(SensitiveWordCategory.OTHER);
                continue;
            }
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!entry.isEmpty()) {
                entries.add(new LexiconEntry(entry, category));
            }
        }
        return entries;
    }
}
