package org.minsheng.nlp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.nlp.domain.LexiconSource;
import org.minsheng.nlp.domain.ModerationVerdict;
import org.minsheng.nlp.infrastructure.SensitiveWordTrie;

/** Moderation on a lexicon that changes underneath it, as the stored one does on another node. */
class StoredLexiconModerationTest {

    /** The stored lexicon: an edit raises the revision; counts how often the words are read. */
    private static final class Stored implements LexiconSource {
        final List<String> words = new ArrayList<>();
        long revision = 1;
        int reads;

        @Override
        public long revision() {
            return revision;
        }

        @Override
        public List<String> words() {
            reads++;
            return List.copyOf(words);
        }
    }

    @Test
    void aChangeAppliesToTheNextCheckAndAnUnchangedLexiconIsNotReloaded() {
        Stored stored = new Stored();
        stored.words.add("刷单");
        ModerationService moderation = new ModerationService(SensitiveWordTrie::new, stored);

        assertThat(moderation.moderate("招刷单兼职").verdict()).isEqualTo(ModerationVerdict.HOLD_FOR_REVIEW);
        assertThat(moderation.moderate("路灯不亮").verdict()).isEqualTo(ModerationVerdict.PASS);
        assertThat(stored.reads).as("built once for revision 1").isEqualTo(1);

        stored.words.add("路灯");
        stored.words.remove("刷单");
        stored.revision++;

        assertThat(moderation.moderate("路灯不亮").verdict()).isEqualTo(ModerationVerdict.HOLD_FOR_REVIEW);
        assertThat(moderation.moderate("招刷单兼职").verdict()).isEqualTo(ModerationVerdict.PASS);
        assertThat(moderation.words()).containsExactly("路灯");
        assertThat(stored.reads).isEqualTo(2);
    }
}
