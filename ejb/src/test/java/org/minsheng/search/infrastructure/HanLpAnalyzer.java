package org.minsheng.search.infrastructure;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * HanLP's standard segmenter as a Lucene analyser, the candidate compared with smartcn: words as
 * HanLP cuts them, punctuation dropped, Latin lower-cased.
 */
final class HanLpAnalyzer extends Analyzer {

    private final Segment segment = HanLP.newSegment().enableOffset(true);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new HanLpTokenizer(segment));
    }

    private static final class HanLpTokenizer extends Tokenizer {

        private final Segment segment;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private Iterator<Term> terms;
        private int length;

        HanLpTokenizer(Segment segment) {
            this.segment = segment;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (terms == null) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[1024];
                for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
                    text.append(buffer, 0, n);
                }
                length = text.length();
                List<Term> segmented = segment.seg(text.toString());
                terms = segmented.iterator();
            }
            while (terms.hasNext()) {
                Term t = terms.next();
                String word = t.word.strip();
                boolean punctuation = t.nature != null && t.nature.startsWith("w");
                if (word.isEmpty() || punctuation || !word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    continue;
                }
                clearAttributes();
                term.setEmpty().append(word.toLowerCase(Locale.ROOT));
                offset.setOffset(correctOffset(t.offset), correctOffset(t.offset + t.word.length()));
                return true;
            }
            return false;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(correctOffset(length), correctOffset(length));
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            terms = null;
            length = 0;
        }
    }
}
