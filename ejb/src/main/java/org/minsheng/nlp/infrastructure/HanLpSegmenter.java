package org.minsheng.nlp.infrastructure;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.nlp.domain.Segmenter;
import org.minsheng.nlp.domain.Token;

/**
 * The one place that talks to HanLP's segmenter. HanLP loads its dictionaries lazily on first use;
 * {@link #instance()} shares one warmed-up segmenter so the cost is paid once per JVM.
 */
public final class HanLpSegmenter implements Segmenter {

    private static final class Holder {
        static final HanLpSegmenter INSTANCE = new HanLpSegmenter();
    }

    private final Segment segment;

    private HanLpSegmenter() {
        segment = HanLP.newSegment().enablePlaceRecognize(true).enableOrganizationRecognize(true);
        segment.seg("预热");
    }

    public static HanLpSegmenter instance() {
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
