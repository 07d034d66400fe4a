package org.minsheng.nlp.api;

import java.util.List;

/**
 * What other features use of the text analysis: insights for a message (keywords, summary,
 * places, urgency, moderation, masked text), the sensitive-word lexicon, and the index of open
 * cases for 并单 (duplicate) suggestions. Implementations are thread-safe.
 */
public interface TextInsightsFacade {

    /** Analyses a message; title or body may be empty. */
    TextInsights analyse(String title, String body);

    /** The text with phone, ID-card, plate and e-mail data masked, for publishing. */
    String mask(String text);

    /** Sensitive-word check of any text that will be published (replies, questions, comments). */
    ModerationReport moderate(String text);

    /** The lexicon in use, as administrators wrote it. */
    List<String> sensitiveWords();

    /** Replaces the lexicon; takes effect for the next check. */
    void replaceSensitiveWords(List<String> words);

    /** Adds an open case to the duplicate index, or replaces its text. */
    void indexOpenCase(String caseId, String title, String body);

    /** Removes a case (closed, merged or withdrawn) from the duplicate index. */
    void removeCase(String caseId);

    /** Open cases this message probably repeats, best first. */
    List<DuplicateSuggestion> suggestDuplicates(String title, String body);

    /** As {@link #suggestDuplicates(String, String)}, never suggesting {@code ownCaseId} itself. */
    List<DuplicateSuggestion> suggestDuplicates(String title, String body, String ownCaseId);
}
