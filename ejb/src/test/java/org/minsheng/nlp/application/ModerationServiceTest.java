package org.minsheng.nlp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.nlp.domain.ModerationResult;
import org.minsheng.nlp.domain.ModerationVerdict;
import org.minsheng.nlp.domain.SensitiveWordMatch;
import org.minsheng.nlp.infrastructure.SensitiveWordLexicon;
import org.minsheng.nlp.infrastructure.SensitiveWordTrie;

class ModerationServiceTest {

    private final ModerationService service =
            new ModerationService(SensitiveWordTrie::new, List.of("傻逼", "加微信", "代开发票", "杀了你"));

    @Test
    void passesOrdinaryComplaints() {
        ModerationResult result = service.moderate("小区垃圾没人清理，物业也不管，希望尽快处理。");
        assertThat(result.verdict()).isEqualTo(ModerationVerdict.PASS);
        assertThat(result.matches()).isEmpty();
    }

    @Test
    void holdsTextsWithLexiconWordsAndReportsOffsets() {
        String text = "你们这些傻逼，再不处理我就杀了你";
        ModerationResult result = service.moderate(text);
        assertThat(result.verdict()).isEqualTo(ModerationVerdict.HOLD_FOR_REVIEW);
        assertThat(result.matches()).extracting(SensitiveWordMatch::word).containsExactly("傻逼", "杀了你");
        SensitiveWordMatch first = result.matches().get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("傻逼");
    }

    @Test
    void seesThroughInsertedSpacesPunctuationAndFullWidth() {
        String text = "低价代 开 发 票，加．微．信详谈；傻Ｂ";
        ModerationService withLatin = new ModerationService(SensitiveWordTrie::new, List.of("代开发票", "加微信", "傻b"));
        ModerationResult result = withLatin.moderate(text);
        assertThat(result.matches()).extracting(SensitiveWordMatch::text).containsExactly("代 开 发 票", "加．微．信", "傻Ｂ");
        for (SensitiveWordMatch m : result.matches()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void rebuildReplacesTheLexicon() {
        assertThat(service.moderate("这是广告刷单兼职").verdict()).isEqualTo(ModerationVerdict.PASS);
        service.rebuild(List.of("刷单兼职"));
        assertThat(service.moderate("这是广告刷单兼职").verdict()).isEqualTo(ModerationVerdict.HOLD_FOR_REVIEW);
        assertThat(service.moderate("傻逼").verdict()).isEqualTo(ModerationVerdict.PASS);
        assertThat(service.words()).containsExactly("刷单兼职");
    }

    @Test
    void emptyLexiconPassesEverything() {
        service.rebuild(List.of());
        assertThat(service.moderate("傻逼").verdict()).isEqualTo(ModerationVerdict.PASS);
    }

    @Test
    void defaultLexiconHoldsAbuseButNotEverydayComplaintWords() {
        ModerationService defaults = new ModerationService(SensitiveWordTrie::new, SensitiveWordLexicon.defaultWords());
        assertThat(defaults.words()).contains("傻逼", "加微信", "同归于尽").doesNotContain("垃圾");
        assertThat(defaults.moderate("狗 官不作为").verdict()).isEqualTo(ModerationVerdict.HOLD_FOR_REVIEW);
        assertThat(defaults.moderate("小区门口垃圾成堆，办证大厅排队太久，我妈的医保卡怎么办？").verdict())
                .isEqualTo(ModerationVerdict.PASS);
    }
}
