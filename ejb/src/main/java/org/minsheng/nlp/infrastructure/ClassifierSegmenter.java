package org.minsheng.nlp.infrastructure;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.nlp.domain.Segmenter;
import org.minsheng.nlp.domain.Token;

/**
 * HanLP's Viterbi segmenter without named-entity recognition, for the classifier's word features
 * on raw text. Recognising person, place and organisation names costs about ten times the
 * segmentation itself on a 500-character message, yet moved cross-validated macro-F1 on raw text
 * by less than 0.001; the classifier only needs the words. Thread-safe; one instance per JVM.
 */
public final class ClassifierSegmenter implements Segmenter {

    private static final class Holder {
        static final ClassifierSegmenter INSTANCE = new ClassifierSegmenter();
    }

    private final Segment segment;

    private ClassifierSegmenter() {
        segment = HanLP.newSegment()
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false);
        segment.seg("预热");
    }

    public static ClassifierSegmenter instance() {
        return Holder.INSTANCE;
    }

    @Override
    public List<Token> segment(String text) {
        List<Term> terms = segment.seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString()));
        }
        return tokens;
    }
}
