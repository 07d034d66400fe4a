package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.integrity.api.PublishedContent;
import org.minsheng.nlp.api.TextInsightsFacade;

/**
 * An answer on the public board as the public reads it (masked), and its tamper watch: when an
 * answer is published its page is registered with exactly the parts it shows, when it leaves the
 * board the watch stops.
 */
@ApplicationScoped
public class PublicAnswers {

    @Inject
    TextInsightsFacade insights;

    @Inject
    PublishedContent published;

    /** The public page of one answer on the board. */
    public static String path(String trackingNumber) {
        return "/board/" + trackingNumber;
    }

    /** The parts of the answer page, in page order: title, message, answer; masked as published. */
    public List<String> parts(CaseFile c) {
        return List.of(insights.mask(c.letter().title()), insights.mask(c.letter().body()),
                insights.mask(c.answer().text()));
    }

    /** Brings the watch in line with the case: registered while its answer is published, withdrawn otherwise. */
    public void sync(CaseFile c) {
        if (c.answer().isPublished()) {
            published.register(PublishedContent.ANSWER, c.trackingNumber(), path(c.trackingNumber()), parts(c));
        } else {
            published.withdraw(PublishedContent.ANSWER, c.trackingNumber());
        }
    }

    public Optional<String> expectedHash(String trackingNumber) {
        return published.expectedHash(PublishedContent.ANSWER, trackingNumber);
    }
}
