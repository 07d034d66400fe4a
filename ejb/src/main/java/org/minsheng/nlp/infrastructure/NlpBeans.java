package org.minsheng.nlp.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.minsheng.nlp.api.ClassificationFacade;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.nlp.application.TextClassifierService;

/**
 * The nlp feature's beans for the container: one classifier (the shipped default model) and one
 * text-insights service (its duplicate index and lexicon live inside) per application.
 */
@ApplicationScoped
public class NlpBeans {

    @Produces
    @ApplicationScoped
    ClassificationFacade classifier() {
        return new TextClassifierService(ClassifierResources.defaultModel(), ClassifierResources.defaultMapping());
    }

    @Produces
    @ApplicationScoped
    TextInsightsFacade textInsights() {
        return TextInsightsFactory.createDefault();
    }
}
