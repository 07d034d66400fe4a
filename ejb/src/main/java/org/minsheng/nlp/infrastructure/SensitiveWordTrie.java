package org.minsheng.nlp.infrastructure;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.minsheng.nlp.domain.ModerationText;
import org.minsheng.nlp.domain.SensitiveWordIndex;

/**
 * Sensitive-word index on HanLP's Aho-Corasick double-array trie: one pass over the text finds
 * every entry, however large the lexicon. Keys are folded like the texts; values keep the entry
 * as written. Read-only after construction, so one instance serves all threads.
 */
public final class SensitiveWordTrie implements SensitiveWordIndex {

    private final AhoCorasickDoubleArrayTrie<String> trie;
    private final List<String> words;

    public SensitiveWordTrie(List<String> entries) {
        TreeMap<String, String> map = new TreeMap<>();
        List<String> kept = new ArrayList<>();
        for (String entry : entries) {
            if (entry == null) {
                continue;
            }
            String word = entry.strip();
            String key = ModerationText.fold(word);
            if (!key.isEmpty() && map.putIfAbsent(key, word) == null) {
                kept.add(word);
            }
        }
        this.words = List.copyOf(kept);
        this.trie = map.isEmpty() ? null : new AhoCorasickDoubleArrayTrie<>(map);
    }

    @Override
    public List<Hit> find(String foldedText) {
        if (trie == null || foldedText.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        trie.parseText(foldedText, (begin, end, value) -> hits.add(new Hit(begin, end, value)));
        return hits;
    }

    @Override
    public List<String> words() {
        return words;
    }
}
