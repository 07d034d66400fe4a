package org.minsheng.news.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.news.api.ArticleSummary;
import org.minsheng.news.api.ArticleView;
import org.minsheng.news.api.ColumnView;
import org.minsheng.news.api.NewsImageContent;
import org.minsheng.news.api.SiteFront;
import org.minsheng.news.api.SiteView;
import org.minsheng.news.api.TopicView;
import org.minsheng.news.domain.Article;
import org.minsheng.news.domain.NewsColumn;
import org.minsheng.news.domain.NewsRepository;
import org.minsheng.news.domain.SlotKind;
import org.minsheng.news.domain.SpecialTopic;
import org.minsheng.news.domain.TopicSlot;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.paging.Page;

/** What everyone may read: sites, columns, public articles, special topics and images. */
@Stateless
@PermitAll
public class NewsQueries {

    private static final int FRONT_ITEMS = 6;

    @Inject
    NewsRepository news;

    @Inject
    NewsViews views;

    public List<SiteView> sites() {
        return news.sites().stream().map(NewsViews::site).toList();
    }

    public SiteView site(String code) {
        return news.site(code).map(NewsViews::site).orElseThrow(() -> new NotFound("没有这个网站", "No such site"));
    }

    /** A site's home page: its columns and the columns shared with it, each with its latest articles. */
    public SiteFront front(String siteCode) {
        SiteView site = site(siteCode);
        List<SiteFront.ColumnBlock> blocks = new ArrayList<>();
        for (NewsColumn c : news.columnsShownOn(siteCode)) {
            blocks.add(new SiteFront.ColumnBlock(views.column(c),
                    views.summaries(news.publicArticles(List.of(c.id()), 0, FRONT_ITEMS))));
        }
        List<TopicView> topics = news.topics().stream().filter(t -> t.siteCode().equals(siteCode))
                .map(t -> topic(t, false)).toList();
        return new SiteFront(site, blocks, topics);
    }

    /** The latest public articles of one column of a site, by slug (e.g. the portal's 要闻), for the home page. */
    public List<ArticleSummary> latest(String siteCode, String slug, int limit) {
        return news.columns(siteCode).stream().filter(c -> c.slug().equals(slug)).findFirst()
                .map(c -> views.summaries(news.publicArticles(List.of(c.id()), 0, Math.max(1, Math.min(limit, 50)))))
                .orElse(List.of());
    }

    public ColumnView column(long id) {
        return views.column(views.existingColumn(id));
    }

    public Page<ArticleSummary> columnPage(long columnId, int page, int size) {
        views.existingColumn(columnId);
        int[] ps = Page.clamp(page, size);
        List<Article> items = news.publicArticles(List.of(columnId), (ps[0] - 1) * ps[1], ps[1]);
        return new Page<>(views.summaries(items), ps[0], ps[1], news.countPublic(List.of(columnId)));
    }

    /** A public article; anything not public is "not found", so drafts cannot be guessed. */
    public ArticleView article(long id) {
        Article a = news.article(id).filter(Article::isPublic)
                .orElseThrow(() -> new NotFound("没有这篇文章", "No such article"));
        ArticleView full = views.article(a);
        return new ArticleView(full.id(), full.column(), full.title(), full.subtitle(), full.source(),
                full.repostUrl(), full.author(), full.body(), full.coverImageId(), full.coverAlt(), full.tags(),
                full.pinned(), full.publishAt(), full.expireAt(), full.status(), full.statusZh(), full.statusEn(),
                full.revision(), full.version(), full.publishedAt(), null, 0, List.of());
    }

    public TopicView topic(String slug) {
        return topic(news.topic(slug).orElseThrow(() -> new NotFound("没有这个专题", "No such special topic")), true);
    }

    public List<TopicView> topics() {
        return news.topics().stream().map(t -> topic(t, false)).toList();
    }

    public NewsImageContent image(long id) {
        return news.image(id).map(i -> new NewsImageContent(i.id(), i.alt(), i.file().contentType(),
                        i.file().content(), i.file().sha256()))
                .orElseThrow(() -> new NotFound("没有这张图片", "No such image"));
    }

    private TopicView topic(SpecialTopic t, boolean withArticles) {
        List<TopicView.Slot> slots = new ArrayList<>();
        for (TopicSlot s : t.slots()) {
            List<ArticleSummary> articles = List.of();
            String href = s.target();
            if (s.kind() == SlotKind.LEAD) {
                href = "/news/articles/" + s.target();
                articles = news.article(parseId(s.target())).filter(Article::isPublic)
                        .map(a -> views.summaries(List.of(a))).orElse(List.of());
            } else if (s.kind() == SlotKind.COLUMN) {
                href = "/news/columns/" + s.target();
                articles = withArticles ? views.summaries(news.publicArticles(List.of(parseId(s.target())), 0, 5))
                        : List.of();
            }
            slots.add(new TopicView.Slot(s.kind().name(), s.kind().labelZh(), s.kind().labelEn(), s.label(), href,
                    articles));
        }
        return new TopicView(t.slug(), t.siteCode(), t.title(), t.bannerText(), t.bannerImageId(), t.introduction(),
                slots);
    }

    private static long parseId(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
