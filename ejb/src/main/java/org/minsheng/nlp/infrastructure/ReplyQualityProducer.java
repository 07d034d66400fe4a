package org.minsheng.nlp.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.minsheng.nlp.api.ReplyQualityFacade;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.nlp.application.ReplyQualityService;

/** The reply-quality check for other features, on the application's text analysis (HanLP). */
@ApplicationScoped
public class ReplyQualityProducer {

    @Inject
    TextInsightsFacade insights;

    @Produces
    @ApplicationScoped
    ReplyQualityFacade replyQuality() {
        return new ReplyQualityService(insights);
    }
}
