package org.minsheng.nlp.application;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.minsheng.nlp.domain.ModerationResult;
import org.minsheng.nlp.domain.SensitiveWordIndex;
import org.minsheng.nlp.domain.SensitiveWordModerator;

/**
 * Sensitive-word moderation with a lexicon that administrators can replace at run time: a rebuild
 * constructs a new automaton aside and swaps it in atomically, so texts being checked meanwhile
 * see either the old or the new lexicon, never a half-built one.
 */
public class ModerationService {

    private final Function<List<String>, SensitiveWordIndex> indexBuilder;
    private final AtomicReference<SensitiveWordModerator> current;

    public ModerationService(Function<List<String>, SensitiveWordIndex> indexBuilder, List<String> words) {
        this.indexBuilder = Objects.requireNonNull(indexBuilder);
        this.current = new AtomicReference<>(new SensitiveWordModerator(indexBuilder.apply(List.copyOf(words))));
    }

    public ModerationResult moderate(String text) {
        return current.get().moderate(text);
    }

    public void rebuild(List<String> words) {
        current.set(new SensitiveWordModerator(indexBuilder.apply(List.copyOf(words))));
    }

    public List<String> words() {
        return current.get().words();
    }
}
