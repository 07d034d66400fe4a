package org.minsheng.interview.application;

import java.util.List;
import org.minsheng.nlp.api.DuplicateSuggestion;
import org.minsheng.nlp.api.ModerationDecision;
import org.minsheng.nlp.api.ModerationHit;
import org.minsheng.nlp.api.ModerationReport;
import org.minsheng.nlp.api.TextInsights;
import org.minsheng.nlp.api.TextInsightsFacade;

/** The sensitive-word check over a fixed lexicon; the interview uses nothing else of the text analysis. */
final class SensitiveWords implements TextInsightsFacade {

    private final List<String> lexicon;

    SensitiveWords(String... words) {
        this.lexicon = List.of(words);
    }

    @Override
    public ModerationReport moderate(String text) {
        List<ModerationHit> hits = lexicon.stream().filter(text::contains)
                .map(w -> new ModerationHit(w, "text", text.indexOf(w), text.indexOf(w) + w.length(), w)).toList();
        return new ModerationReport(hits.isEmpty() ? ModerationDecision.PASS : ModerationDecision.HOLD_FOR_REVIEW, hits);
    }

    @Override
    public List<String> sensitiveWords() {
        return lexicon;
    }

    @Override
    public TextInsights analyse(String title, String body) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String mask(String text) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void replaceSensitiveWords(List<String> words) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void indexOpenCase(String caseId, String title, String body) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeCase(String caseId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<DuplicateSuggestion> suggestDuplicates(String title, String body) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<DuplicateSuggestion> suggestDuplicates(String title, String body, String ownCaseId) {
        throw new UnsupportedOperationException();
    }
}
