package org.minsheng.nlp.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.nlp.domain.DuplicateSettings;
import org.minsheng.nlp.domain.PlaceGazetteer;

/**
 * The text analysis for other features, built once per application on first use (HanLP loads
 * then). Moderation reads the stored lexicon, which the administrator edits.
 */
@ApplicationScoped
public class TextInsightsProducer {

    @Inject
    JpaSensitiveWordRepository lexicon;

    @Produces
    @ApplicationScoped
    TextInsightsFacade textInsights() {
        return TextInsightsFactory.create(PlaceGazetteer.changde(), lexicon, DuplicateSettings.defaults());
    }
}
