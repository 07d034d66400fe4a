package org.minsheng.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.minsheng.news.domain.Article;
import org.minsheng.news.domain.NewsRepository;
import org.minsheng.news.domain.NewsSite;
import org.minsheng.search.api.SearchableDocument;
import org.minsheng.search.api.SearchableSource;

/** Every public article, for a full reindex of search. */
@ApplicationScoped
public class NewsSearchSource implements SearchableSource {

    @Inject
    NewsRepository news;

    @Inject
    PublicationSteps steps;

    @Override
    public String kind() {
        return SearchableDocument.NEWS;
    }

    @Override
    public Stream<SearchableDocument> published() {
        return news.allPublic().stream().map(this::document);
    }

    private SearchableDocument document(Article a) {
        NewsSite site = news.site(news.column(a.columnId()).orElseThrow().siteCode()).orElseThrow();
        return steps.document(a, site);
    }
}
