package org.minsheng.tools.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minsheng.nlp.domain.DuplicateCandidate;
import org.minsheng.tools.nlp.DuplicateEvaluation.Message;
import org.minsheng.tools.nlp.DuplicateEvaluation.Query;
import org.minsheng.tools.nlp.DuplicateEvaluation.Result;

/**
 * Repeats that are in the data set already: the public messages hold real re-posts, which the
 * detector rightly suggests. The adjusted precision leaves them out; this judges them without the
 * detector, so the judge does not grade itself.
 */
final class DataRepeats {

    static final double DATA_REPEAT_JACCARD = 0.5;

    private DataRepeats() {
    }

    /** The query's result, with the suggested cases (other than the expected one) that repeat its origin. */
    static Result result(Query q, List<DuplicateCandidate> found, Map<String, Message> indexed) {
        Set<String> repeats = new HashSet<>();
        if (q.origin() != null) {
            for (DuplicateCandidate c : found) {
                if (!c.caseId().equals(q.expected()) && similarInData(q.origin(), indexed.get(c.caseId()))) {
                    repeats.add(c.caseId());
                }
            }
        }
        return new Result(q, found, repeats);
    }

    /**
     * Whether two messages of the data set already repeat each other, judged without the
     * detector: the same resident, or character-trigram Jaccard similarity of at least
     * {@value #DATA_REPEAT_JACCARD}. Suggesting such a case is not counted as a false suggestion in
     * the adjusted precision; the strict precision counts it anyway.
     */
    static boolean similarInData(Message a, Message b) {
        if (b == null) {
            return false;
        }
        if (!a.user().isEmpty() && a.user().equals(b.user())) {
            return true;
        }
        return charTrigramJaccard(a.title() + a.body(), b.title() + b.body()) >= DATA_REPEAT_JACCARD;
    }

    static double charTrigramJaccard(String a, String b) {
        Set<String> x = trigrams(a);
        Set<String> y = trigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String t : x) {
            if (y.contains(t)) {
                shared++;
            }
        }
        return (double) shared / (x.size() + y.size() - shared);
    }

    private static Set<String> trigrams(String s) {
        String t = s.replaceAll("\\s+", "");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= t.length(); i++) {
            out.add(t.substring(i, i + 3));
        }
        return out;
    }
}
