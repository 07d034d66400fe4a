package org.minsheng.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModerationTextTest {

    @Test
    void foldsWidthCaseSpacesAndPunctuation() {
        ModerationText text = ModerationText.of("加 Ｑ．Ｑ：１２３");
        assertThat(text.folded()).isEqualTo("加qq123");
    }

    @Test
    void mapsFoldedSpansBackToTheOriginal() {
        String original = "你这个傻 * 逼！";
        ModerationText text = ModerationText.of(original);
        int begin = text.folded().indexOf("傻逼");
        int start = text.originalStart(begin);
        int end = text.originalEnd(begin + 2);
        assertThat(original.substring(start, end)).isEqualTo("傻 * 逼");
    }

    @Test
    void keepsSupplementaryCharactersWhole() {
        String original = "𠮷 野家";
        ModerationText text = ModerationText.of(original);
        assertThat(text.folded()).isEqualTo("𠮷野家");
        assertThat(original.substring(text.originalStart(0), text.originalEnd(2))).isEqualTo("𠮷");
    }
}
