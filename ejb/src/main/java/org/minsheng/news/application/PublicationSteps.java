package org.minsheng.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.integrity.api.PublishedContent;
import org.minsheng.news.domain.Article;
import org.minsheng.news.domain.NewsColumn;
import org.minsheng.news.domain.NewsRepository;
import org.minsheng.news.domain.NewsSite;
import org.minsheng.news.domain.ReviewAction;
import org.minsheng.news.domain.ReviewStep;
import org.minsheng.search.api.SearchableContentPublished;
import org.minsheng.search.api.SearchableContentWithdrawn;
import org.minsheng.search.api.SearchableDocument;

/**
 * The bookkeeping of an article's step, in the caller's transaction: its editorial record, the audit
 * record, and when it goes public or leaves, the page watch and the search index.
 */
@ApplicationScoped
public class PublicationSteps {

    static final String SUBJECT = "news-article";

    @Inject
    NewsRepository news;

    @Inject
    AuditTrail audit;

    @Inject
    PublishedContent pages;

    @Inject
    Event<SearchableContentPublished> published;

    @Inject
    Event<SearchableContentWithdrawn> withdrawn;

    @Inject
    Clock clock;

    void record(Article a, int level, ReviewAction action, String actor, String comment) {
        news.add(new ReviewStep(a, level, action, actor, comment, clock.instant()));
        audit.record(actor, "news." + action.name().toLowerCase(java.util.Locale.ROOT), SUBJECT,
                String.valueOf(a.id()), action.labelZh() + (comment == null || comment.isBlank() ? "" : "：" + comment));
    }

    /** The article became public: watched and searchable from now on. */
    void wentPublic(Article a, String actor) {
        record(a, 0, ReviewAction.PUBLISHED, actor, null);
        NewsColumn column = news.column(a.columnId()).orElseThrow();
        NewsSite site = news.site(column.siteCode()).orElseThrow();
        pages.register(PublishedContent.NEWS, String.valueOf(a.id()), "/news/articles/" + a.id(), parts(a));
        published.fire(new SearchableContentPublished(document(a, site)));
    }

    /** The article left the site (expired or withdrawn). */
    void leftSite(Article a, ReviewAction action, String actor, String comment) {
        record(a, 0, action, actor, comment);
        pages.withdraw(PublishedContent.NEWS, String.valueOf(a.id()));
        withdrawn.fire(new SearchableContentWithdrawn(SearchableDocument.NEWS, String.valueOf(a.id())));
    }

    /** The parts the article page marks for the tamper watch, in page order. */
    static List<String> parts(Article a) {
        List<String> parts = new ArrayList<>();
        parts.add(a.title());
        if (a.subtitle() != null && !a.subtitle().isBlank()) {
            parts.add(a.subtitle());
        }
        parts.add(RichText.text(a.body()));
        return parts;
    }

    SearchableDocument document(Article a, NewsSite site) {
        return new SearchableDocument(SearchableDocument.NEWS, String.valueOf(a.id()),
                site.portal() ? SearchableDocument.PORTAL : site.code(), site.departmentCode(), a.title(),
                (a.subtitle() == null ? "" : a.subtitle() + "\n") + RichText.text(a.body()),
                "/news/articles/" + a.id(), a.publishedAt());
    }
}
