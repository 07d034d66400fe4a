package org.minsheng.nlp.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.minsheng.nlp.api.TextInsightsFacade;

/** The text analysis for other features, built once per application on first use (HanLP loads then). */
@ApplicationScoped
public class TextInsightsProducer {

    @Produces
    @ApplicationScoped
    TextInsightsFacade textInsights() {
        return TextInsightsFactory.createDefault();
    }
}
