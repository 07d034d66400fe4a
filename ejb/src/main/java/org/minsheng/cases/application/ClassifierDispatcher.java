package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dispatches automatically when the classifier is confident enough
 * ({@code minsheng.nlp.auto-dispatch-threshold}, default 0.6); below it the case waits for a
 * dispatcher, who sees the suggestions.
 */
@ApplicationScoped
public class ClassifierDispatcher implements Dispatcher {

    @Inject
    @ConfigProperty(name = "minsheng.nlp.auto-dispatch-threshold", defaultValue = "0.6")
    double threshold;

    @Override
    public Optional<Decision> decide(Submission submission) {
        CaseAnalysis analysis = submission.analysis();
        if (analysis.confidence() < threshold || analysis.suggestedDepartment() == null) {
            return Optional.empty();
        }
        return Optional.of(new Decision(analysis.suggestedDepartment(), String.format(Locale.ROOT,
                "自动分办：%s（置信度 %.2f）/ classifier: %s (%.2f)", analysis.category(), analysis.confidence(),
                analysis.category(), analysis.confidence())));
    }

    @Override
    public int priority() {
        return 100;
    }
}
