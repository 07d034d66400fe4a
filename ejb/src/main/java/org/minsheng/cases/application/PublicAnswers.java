package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.integrity.api.PublishedContent;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.search.api.SearchableContentPublished;
import org.minsheng.search.api.SearchableContentWithdrawn;
import org.minsheng.search.api.SearchableDocument;

/**
 * An answer on the public board as the public reads it (masked), and its tamper watch: when an
 * answer is published its page is registered with exactly the parts it shows, when it leaves the
 * board the watch stops. Search follows the same way: the masked answer is offered while published.
 */
@ApplicationScoped
public class PublicAnswers {

    @Inject
    TextInsightsFacade insights;

    @Inject
    PublishedContent published;

    @Inject
    Event<SearchableContentPublished> searchPublished;

    @Inject
    Event<SearchableContentWithdrawn> searchWithdrawn;

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
            List<String> parts = parts(c);
            published.register(PublishedContent.ANSWER, c.trackingNumber(), path(c.trackingNumber()), parts);
            searchPublished.fire(new SearchableContentPublished(document(c, parts)));
        } else {
            published.withdraw(PublishedContent.ANSWER, c.trackingNumber());
            searchWithdrawn.fire(new SearchableContentWithdrawn(SearchableDocument.ANSWER, c.trackingNumber()));
        }
    }

    /** The published answer as search sees it: the masked title, then the masked message and answer. */
    public SearchableDocument document(CaseFile c) {
        return document(c, parts(c));
    }

    private static SearchableDocument document(CaseFile c, List<String> parts) {
        return new SearchableDocument(SearchableDocument.ANSWER, c.trackingNumber(), SearchableDocument.PORTAL,
                c.departmentCode(), parts.get(0), parts.get(1) + "\n" + parts.get(2), path(c.trackingNumber()),
                c.answer().answeredAt());
    }

    public Optional<String> expectedHash(String trackingNumber) {
        return published.expectedHash(PublishedContent.ANSWER, trackingNumber);
    }
}
