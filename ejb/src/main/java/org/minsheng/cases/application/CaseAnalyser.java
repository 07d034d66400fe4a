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
            return new CaseAnalysis(classification.category(), classification.confidence(), suggestions,
                    found.urgency().urgent(), reason);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Text analysis failed; the case goes to the dispatchers unanalysed", e);
            return CaseAnalysis.NONE;
        }
    }
}
