package org.minsheng.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.news.api.ArticleSummary;
import org.minsheng.news.api.ArticleView;
import org.minsheng.news.api.ColumnView;
import org.minsheng.news.api.SiteView;
import org.minsheng.news.api.StepView;
import org.minsheng.news.domain.Article;
import org.minsheng.news.domain.NewsColumn;
import org.minsheng.news.domain.NewsImage;
import org.minsheng.news.domain.NewsRepository;
import org.minsheng.news.domain.NewsSite;
import org.minsheng.shared.error.NotFound;

/** Turns the news entities into the records the web layer and other features see. */
@ApplicationScoped
public class NewsViews {

    @Inject
    NewsRepository news;

    static SiteView site(NewsSite s) {
        return new SiteView(s.code(), s.departmentCode(), s.nameZh(), s.nameEn(), s.portal());
    }

    ColumnView column(NewsColumn c) {
        NewsSite owner = news.site(c.siteCode()).orElseThrow();
        return new ColumnView(c.id(), c.siteCode(), owner.nameZh(), owner.nameEn(), c.slug(), c.nameZh(), c.nameEn(),
                c.reviewLevels(), c.staleAfterDays(), c.sharedWith().stream().sorted().toList());
    }

    List<ArticleSummary> summaries(List<Article> articles) {
        Map<Long, ColumnView> columns = articles.stream().map(Article::columnId).distinct()
                .map(id -> column(news.column(id).orElseThrow()))
                .collect(Collectors.toMap(ColumnView::id, Function.identity()));
        return articles.stream().map(a -> summary(a, columns.get(a.columnId()))).toList();
    }

    static ArticleSummary summary(Article a, ColumnView c) {
        return new ArticleSummary(a.id(), a.columnId(), c.nameZh(), c.nameEn(), c.siteCode(), c.siteNameZh(),
                c.siteNameEn(), a.title(), a.subtitle(), a.source(), a.publishedAt(), a.pinned(), a.status().name(),
                a.status().labelZh(), a.status().labelEn(), a.createdBy(), a.createdAt());
    }

    ArticleView article(Article a) {
        NewsColumn c = news.column(a.columnId()).orElseThrow();
        String coverAlt = a.coverImageId() == null ? null
                : news.image(a.coverImageId()).map(NewsImage::alt).orElse(null);
        List<StepView> steps = news.steps(a.id()).stream()
                .map(s -> new StepView(s.round(), s.level(), s.action().name(), s.action().labelZh(),
                        s.action().labelEn(), s.actor(), s.comment(), s.actedAt()))
                .toList();
        return new ArticleView(a.id(), column(c), a.title(), a.subtitle(), a.source(), a.repostUrl(), a.author(),
                a.body(), a.coverImageId(), coverAlt, a.tags(), a.pinned(), a.publishAt(), a.expireAt(),
                a.status().name(), a.status().labelZh(), a.status().labelEn(), a.revision(), a.version(),
                a.publishedAt(), a.createdBy(), a.nextLevel(), steps);
    }

    Article existing(long id) {
        return news.article(id).orElseThrow(() -> new NotFound("没有这篇文章", "No such article"));
    }

    NewsColumn existingColumn(long id) {
        return news.column(id).orElseThrow(() -> new NotFound("没有这个栏目", "No such column"));
    }

    NewsSite siteOf(NewsColumn c) {
        return news.site(c.siteCode()).orElseThrow();
    }
}
