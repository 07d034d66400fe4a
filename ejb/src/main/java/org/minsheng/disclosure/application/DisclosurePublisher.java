package org.minsheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.disclosure.domain.DisclosureBody;
import org.minsheng.disclosure.domain.DisclosureDocument;
import org.minsheng.disclosure.domain.DisclosureRepository;
import org.minsheng.disclosure.domain.IndexNumber;
import org.minsheng.integrity.api.PublishedContent;
import org.minsheng.search.api.SearchableContentPublished;
import org.minsheng.search.api.SearchableDocument;
import org.minsheng.shared.time.CityTime;

/**
 * A document goes public, inside the deciding transaction: it gets the next catalogue number of
 * its body's year, its page goes under tamper watch, search is told, and the step is audited.
 */
@ApplicationScoped
public class DisclosurePublisher {

    static final String SUBJECT = "disclosure-document";

    @Inject
    DisclosureRepository repository;

    @Inject
    PublishedContent integrity;

    @Inject
    Event<SearchableContentPublished> published;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void publish(DisclosureDocument d, String actor) {
        publishAt(d, actor, clock.instant());
    }

    /** Publishes with the given time (the demo catalogue's past dates). */
    public void publishAt(DisclosureDocument d, String actor, Instant at) {
        DisclosureBody body = repository.lockBody(d.bodyCode()).orElseThrow();
        int year = at.atZone(CityTime.ZONE).getYear();
        IndexNumber number = new IndexNumber(body.organisationCode(), year,
                repository.nextNumber(body.organisationCode(), year));
        d.publish(number, at);
        integrity.register(PublishedContent.DISCLOSURE, number.toString(), path(d), parts(d));
        published.fire(new SearchableContentPublished(searchable(d)));
        audit.record(actor, "disclosure.publish", SUBJECT, String.valueOf(d.id()), number.toString());
    }

    /** The page's address. */
    public static String path(DisclosureDocument d) {
        return "/disclosure/documents/" + d.id();
    }

    /** The parts of the page under watch, in page order. */
    static List<String> parts(DisclosureDocument d) {
        List<String> parts = new ArrayList<>();
        parts.add(d.title());
        parts.add(d.summary());
        parts.add(d.text());
        return parts;
    }

    static SearchableDocument searchable(DisclosureDocument d) {
        String number = d.metadata().documentNumber() == null ? "" : d.metadata().documentNumber() + "\n";
        return new SearchableDocument(SearchableDocument.DISCLOSURE, String.valueOf(d.id()), SearchableDocument.PORTAL,
                d.bodyCode(), d.title(), number + d.summary() + "\n" + d.text(), path(d), d.publishedAt());
    }
}
