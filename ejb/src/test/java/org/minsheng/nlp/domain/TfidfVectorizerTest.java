package org.minsheng.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfidfVectorizerTest {

    private final List<List<String>> docs = List.of(
            List.of("w:a", "w:b", "c:x"),
            List.of("w:a", "w:c", "c:x"),
            List.of("w:a", "w:b", "c:y"));

    @Test
    void vocabularyKeepsTermsAboveMinimumDocumentFrequencyInLexicographicOrder() {
        Vocabulary v = Vocabulary.fit(docs, 2);

        assertThat(v.terms()).containsExactly("c:x", "w:a", "w:b");
        // smoothed idf: ln((1 + 3) / (1 + df)) + 1
        assertThat(v.idf(v.indexOf("w:a"))).isCloseTo(1.0, within(1e-12));
        assertThat(v.idf(v.indexOf("w:b"))).isCloseTo(Math.log(4.0 / 3) + 1, within(1e-12));
        assertThat(v.indexOf("w:c")).isEqualTo(-1);
    }

    @Test
    void eachViewIsNormalisedOnItsOwnWithSublinearTermFrequency() {
        Vocabulary v = Vocabulary.fit(docs, 1);
        TfidfVectorizer vectorizer = new TfidfVectorizer(v, 1.0, 0.5);

        SparseVector x = vectorizer.vectorize(List.of("w:a", "w:a", "w:b", "c:x", "unknown"));

        double a = (1 + Math.log(2)) * v.idf(v.indexOf("w:a"));
        double b = v.idf(v.indexOf("w:b"));
        double norm = Math.sqrt(a * a + b * b);
        assertThat(x.indices()).containsExactly(v.indexOf("c:x"), v.indexOf("w:a"), v.indexOf("w:b"));
        assertThat(x.values()[0]).isCloseTo(0.5, within(1e-12));
        assertThat(x.values()[1]).isCloseTo(a / norm, within(1e-12));
        assertThat(x.values()[2]).isCloseTo(b / norm, within(1e-12));
    }

    @Test
    void streamedExtractionGivesTheSameVectorAsTheTermList() {
        Segmenter chars = text -> text.codePoints().mapToObj(cp -> new Token(new String(Character.toChars(cp)), "n"))
                .toList();
        var extractor = new ClassifierFeatureExtractor(chars, new ClassifierFeatureOptions(true, 3, 1, 3, 1, 1, 1));
        List<String> texts = List.of("小区 物业 乱 收费 停车费", "路灯坏了没人修，晚上很黑", "噪音 扰民 夜间 施工");
        TfidfVectorizer vectorizer = new TfidfVectorizer(
                Vocabulary.fit(texts.stream().map(extractor::extract).toList(), 1), 1, 0.7);

        for (String text : texts) {
            assertThat(vectorizer.vectorize(extractor, text)).isEqualTo(vectorizer.vectorize(extractor.extract(text)));
        }
        assertThat(vectorizer.vectorize(extractor, "完全 无关 内容").size()).isLessThan(
                vectorizer.vectorize(extractor, texts.get(0)).size());
    }

    @Test
    void unknownTermsOnlyGiveAnEmptyVector() {
        TfidfVectorizer vectorizer = new TfidfVectorizer(Vocabulary.fit(docs, 1), 1, 1);

        assertThat(vectorizer.vectorize(List.of("w:zzz")).size()).isZero();
    }
}
