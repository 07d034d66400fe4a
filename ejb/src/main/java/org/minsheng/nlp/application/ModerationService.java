package org.minsheng.nlp.application;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.minsheng.nlp.domain.LexiconSource;
import org.minsheng.nlp.domain.ModerationResult;
import org.minsheng.nlp.domain.SensitiveWordIndex;
import org.minsheng.nlp.domain.SensitiveWordModerator;

/**
 * Sensitive-word moderation with a lexicon that administrators change at run time: a rebuild
 * constructs a new automaton aside and swaps it in atomically, so texts being checked meanwhile
 * see either the old or the new lexicon, never a half-built one. With a {@link LexiconSource}
 * (the stored lexicon), each check first compares the source's revision with the one the
 * automaton was built from, so an edit on any node applies to the next check on every node.
 */
public class ModerationService {

    /** Revision of an automaton not built from the source (yet). */
    private static final long UNKNOWN = Long.MIN_VALUE;

    private record Built(long revision, SensitiveWordModerator moderator) {
    }

    private final Function<List<String>, SensitiveWordIndex> indexBuilder;
    private final LexiconSource source;
    private final AtomicReference<Built> current;

    /** A fixed lexicon, changed only by {@link #rebuild(List)}. */
    public ModerationService(Function<List<String>, SensitiveWordIndex> indexBuilder, List<String> words) {
        this.indexBuilder = Objects.requireNonNull(indexBuilder);
        this.source = null;
        this.current = new AtomicReference<>(new Built(UNKNOWN, build(words)));
    }

    /** The lexicon of {@code source}, loaded on the first check and reloaded when its revision moves. */
    public ModerationService(Function<List<String>, SensitiveWordIndex> indexBuilder, LexiconSource source) {
        this.indexBuilder = Objects.requireNonNull(indexBuilder);
        this.source = Objects.requireNonNull(source);
        this.current = new AtomicReference<>(new Built(UNKNOWN, build(List.of())));
    }

    public ModerationResult moderate(String text) {
        return moderator().moderate(text);
    }

    /** Replaces the words until the source's revision next moves (a fixed lexicon: for good). */
    public void rebuild(List<String> words) {
        long revision = current.get().revision();
        current.set(new Built(revision, build(words)));
    }

    public List<String> words() {
        return moderator().words();
    }

    private SensitiveWordModerator moderator() {
        Built built = current.get();
        if (source == null) {
            return built.moderator();
        }
        long revision = source.revision();
        if (revision == built.revision()) {
            return built.moderator();
        }
        // Two threads may both rebuild after a change; they build the same automaton, either wins.
        Built fresh = new Built(revision, build(source.words()));
        current.compareAndSet(built, fresh);
        return fresh.moderator();
    }

    private SensitiveWordModerator build(List<String> words) {
        return new SensitiveWordModerator(indexBuilder.apply(List.copyOf(words)));
    }
}
