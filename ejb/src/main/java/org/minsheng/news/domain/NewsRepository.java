package org.minsheng.news.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sites, columns, articles with their versions and steps, images and topics. */
public interface NewsRepository {

    List<NewsSite> sites();

    Optional<NewsSite> site(String code);

    void add(NewsSite site);

    List<NewsColumn> columns(String siteCode);

    /** A site's own columns and the columns other sites share with it. */
    List<NewsColumn> columnsShownOn(String siteCode);

    Optional<NewsColumn> column(long id);

    void add(NewsColumn column);

    Optional<Article> article(long id);

    void add(Article article);

    void add(ArticleVersion version);

    List<ArticleVersion> versions(long articleId);

    void add(ReviewStep step);

    List<ReviewStep> steps(long articleId);

    /** Who signed the current round of an article so far. */
    List<String> approversOfRound(long articleId, int round);

    /** Public articles of columns, pinned first, newest first. */
    List<Article> publicArticles(List<Long> columnIds, int offset, int limit);

    long countPublic(List<Long> columnIds);

    /** The latest publishing time in a column, or null. */
    Instant lastPublished(long columnId);

    List<Article> allPublic();

    /** Articles of these sites' columns in these statuses, newest first. */
    List<Article> articlesOf(List<Long> columnIds, List<ArticleStatus> statuses, int limit);

    List<Article> scheduledDue(Instant now);

    List<Article> expiredDue(Instant now);

    Optional<NewsImage> image(long id);

    void add(NewsImage image);

    Optional<SpecialTopic> topic(String slug);

    List<SpecialTopic> topics();

    void add(SpecialTopic topic);
}
