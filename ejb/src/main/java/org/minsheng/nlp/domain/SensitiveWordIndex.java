package org.minsheng.nlp.domain;

import java.util.List;

/** Finds lexicon entries in a folded text (see {@link ModerationText}). Immutable once built. */
public interface SensitiveWordIndex {

    /** One occurrence of {@code word} at folded offsets [{@code begin}, {@code end}). */
    record Hit(int begin, int end, String word) {
    }

    List<Hit> find(String foldedText);

    /** The entries as the administrator wrote them. */
    List<String> words();
}
