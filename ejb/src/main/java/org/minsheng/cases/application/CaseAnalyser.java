package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.minsheng.cases.api.RoutingSuggestion;
import org.minsheng.nlp.api.Classification;
import org.minsheng.nlp.api.ClassificationFacade;
import org.minsheng.nlp.api.ModerationDecision;
import org.minsheng.nlp.api.TextInsights;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.api.SiteDirectory;

/**
 * Asks the nlp feature about a new case: category and routing suggestions, safety urgency. A
 * failure here never loses a submission: the case is then stored unanalysed for a dispatcher.
 */
@ApplicationScoped
public class CaseAnalyser {

    private static final Logger LOG = Logger.getLogger(CaseAnalyser.class.getName());

    @Inject
    ClassificationFacade classifier;

    @Inject
    TextInsightsFacade insights;

    @Inject
    SiteDirectory site;

    /** Open cases the message probably repeats, best first, as case ids and scores. */
    public List<org.minsheng.nlp.api.DuplicateSuggestion> duplicatesOf(String caseId, String title, String body) {
        try {
            return insights.suggestDuplicates(title, body, caseId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Duplicate search failed", e);
            return List.of();
        }
    }

    /** Makes an open case findable as a duplicate of later ones (the index lives in memory, per node). */
    public void index(String caseId, String title, String body) {
        try {
            insights.indexOpenCase(caseId, title, body);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not index case " + caseId + " for duplicates", e);
        }
    }

    public void forget(String caseId) {
        insights.removeCase(caseId);
    }

    public CaseAnalysis analyse(String title, String body) {
        try {
            Classification classification = classifier.classify(title + "\n" + body);
            List<RoutingSuggestion> suggestions = classification.top().stream()
                    .map(s -> new RoutingSuggestion(s.category(),
                            site.departmentByName(s.department()).map(DepartmentView::code).orElse(null),
                            s.confidence()))
                    .toList();
            TextInsights found = insights.analyse(title, body);
            String reason = found.urgency().urgent()
                    ? found.urgency().causes().stream().map(c -> c.label() + "（" + c.phrase() + "）")
                            .collect(Collectors.joining("、"))
                    : null;
            List<String> sensitive = found.moderation().decision() == ModerationDecision.HOLD_FOR_REVIEW
                    ? found.moderation().hits().stream().map(h -> h.word()).distinct().toList()
                    : List.of();
            return new CaseAnalysis(classification.category(), classification.confidence(), suggestions,
                    found.urgency().urgent(), reason, sensitive);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Text analysis failed; the case goes to the dispatchers unanalysed", e);
            return CaseAnalysis.NONE;
        }
    }
}
