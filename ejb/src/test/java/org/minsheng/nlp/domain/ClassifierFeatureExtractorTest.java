package org.minsheng.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierFeatureExtractorTest {

    /** A segmenter that splits every character, so tests do not depend on HanLP's dictionary. */
    private static final Segmenter CHARS = text -> text.codePoints()
            .mapToObj(cp -> new String(Character.toChars(cp)))
            .map(s -> new Token(s, Character.isLetterOrDigit(s.codePointAt(0)) ? "n" : "w"))
            .toList();

    @Test
    void preSegmentedTextIsSplitOnSpacesAndCharacterGramsIgnoreSpaces() {
        var extractor = new ClassifierFeatureExtractor(CHARS, new ClassifierFeatureOptions(true, 0, 1, 2, 1, 1, 1));

        List<String> terms = extractor.extract("小区 物业 收费");

        assertThat(terms).containsExactly(
                "w:小区", "w:物业", "w:收费",
                "b:小区_物业", "b:物业_收费",
                "c:小", "c:区", "c:物", "c:业", "c:收", "c:费",
                "c:小区", "c:区物", "c:物业", "c:业收", "c:收费");
    }

    @Test
    void rawTextGoesThroughTheSegmenterWithoutPunctuationAndStopWords() {
        var extractor = new ClassifierFeatureExtractor(CHARS, new ClassifierFeatureOptions(false, 0, 0, 0, 1, 1, 1));

        assertThat(extractor.extract("路灯坏了，的确")).containsExactly("w:路", "w:灯", "w:坏", "w:确");
    }

    @Test
    void firstWordsAreRepeatedAsHeadFeatures() {
        var extractor = new ClassifierFeatureExtractor(CHARS, new ClassifierFeatureOptions(false, 2, 0, 0, 1, 1, 1));

        assertThat(extractor.extract("电梯 困人 物业 不管")).containsExactly(
                "w:电梯", "w:困人", "w:物业", "w:不管", "h:电梯", "h:困人");
    }

    @Test
    void fullWidthCharactersAreNormalised() {
        assertThat(ClassifierFeatureExtractor.normalise("  ＡＢＣ１２３　道路 \t 积水 ")).isEqualTo("abc123 道路 积水");
    }

    @Test
    void rawAndSegmentedFormsShareTheirCharacterGrams() {
        var options = new ClassifierFeatureOptions(false, 0, 2, 3, 1, 0, 1);
        var extractor = new ClassifierFeatureExtractor(CHARS, options);

        List<String> raw = extractor.extract("噪音扰民，请处理！").stream().filter(t -> t.startsWith("c:")).toList();
        List<String> segmented = extractor.extract("噪音 扰民 处理").stream().filter(t -> t.startsWith("c:")).toList();

        assertThat(raw).contains("c:噪音", "c:扰民", "c:音扰民");
        assertThat(segmented).contains("c:噪音", "c:扰民", "c:音扰民");
    }

    @Test
    void detectsPreSegmentedText() {
        assertThat(ClassifierFeatureExtractor.isPreSegmented("小区 物业 违规 收费")).isTrue();
        assertThat(ClassifierFeatureExtractor.isPreSegmented("小区物业违规收取停车费 请求处理")).isFalse();
        assertThat(ClassifierFeatureExtractor.isPreSegmented("物业收费")).isFalse();
    }
}
