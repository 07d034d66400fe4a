package org.minsheng.nlp.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.minsheng.nlp.api.TextInsightsFacade;

/**
 * The nlp feature's text-insights service for the container: one per application, since its
 * duplicate index and lexicon live inside. (The classifier is {@link ClassifierModels}.)
 */
@ApplicationScoped
public class NlpBeans {

    @Produces
    @ApplicationScoped
    TextInsightsFacade textInsights() {
        return TextInsightsFactory.createDefault();
    }
}
