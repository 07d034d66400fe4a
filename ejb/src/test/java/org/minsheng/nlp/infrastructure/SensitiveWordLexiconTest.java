package org.minsheng.nlp.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.minsheng.nlp.domain.LexiconEntry;
import org.minsheng.nlp.domain.SensitiveWordCategory;

class SensitiveWordLexiconTest {

    @Test
    void sectionHeadingsGiveTheEntriesBelowThemTheirCategory() throws IOException {
        String file = """
                # 说明
                无类别词
                # [INSULT] 辱骂 Insults
                傻逼   # 注释
                # [SPAM] 广告
                加微信
                # [UNKNOWN] 未知
                某词
                """;
        assertThat(SensitiveWordLexicon.parseEntries(new StringReader(file))).containsExactly(
                new LexiconEntry("无类别词", SensitiveWordCategory.OTHER),
                new LexiconEntry("傻逼", SensitiveWordCategory.INSULT),
                new LexiconEntry("加微信", SensitiveWordCategory.SPAM),
                new LexiconEntry("某词", SensitiveWordCategory.OTHER));
    }

    @Test
    void theShippedLexiconHasEveryCategoryButOther() {
        assertThat(SensitiveWordLexicon.defaultEntries()).extracting(LexiconEntry::category).contains(
                SensitiveWordCategory.INSULT, SensitiveWordCategory.VIOLENCE, SensitiveWordCategory.SPAM,
                SensitiveWordCategory.POLITICAL).doesNotContain(SensitiveWordCategory.OTHER);
    }
}
