package org.minsheng.nlp.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Matches a text against a {@link SensitiveWordIndex} after folding, and maps hits back. */
public final class SensitiveWordModerator {

    private final SensitiveWordIndex index;

    public SensitiveWordModerator(SensitiveWordIndex index) {
        this.index = index;
    }

    public ModerationResult moderate(String text) {
        ModerationText folded = ModerationText.of(text);
        if (folded.folded().isEmpty()) {
            return ModerationResult.of(List.of());
        }
        Set<SensitiveWordMatch> matches = new LinkedHashSet<>();
        for (SensitiveWordIndex.Hit hit : index.find(folded.folded())) {
            int start = folded.originalStart(hit.begin());
            int end = folded.originalEnd(hit.end());
            matches.add(new SensitiveWordMatch(hit.word(), start, end, folded.original().substring(start, end)));
        }
        List<SensitiveWordMatch> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt(SensitiveWordMatch::start).thenComparingInt(SensitiveWordMatch::end));
        return ModerationResult.of(sorted);
    }

    public List<String> words() {
        return index.words();
    }
}
