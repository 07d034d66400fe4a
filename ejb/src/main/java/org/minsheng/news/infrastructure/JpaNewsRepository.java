package org.minsheng.news.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.minsheng.news.domain.Article;
import org.minsheng.news.domain.ArticleStatus;
import org.minsheng.news.domain.ArticleVersion;
import org.minsheng.news.domain.NewsColumn;
import org.minsheng.news.domain.NewsImage;
import org.minsheng.news.domain.NewsRepository;
import org.minsheng.news.domain.NewsSite;
import org.minsheng.news.domain.ReviewAction;
import org.minsheng.news.domain.ReviewStep;
import org.minsheng.news.domain.SpecialTopic;

@ApplicationScoped
public class JpaNewsRepository implements NewsRepository {

    private static final String PUBLIC_ORDER = " order by a.pinned desc, a.publishedAt desc, a.id desc";

    @PersistenceContext
    EntityManager em;

    @Override
    public List<NewsSite> sites() {
        return em.createQuery("select s from NewsSite s order by s.position, s.code", NewsSite.class).getResultList();
    }

    @Override
    public Optional<NewsSite> site(String code) {
        return Optional.ofNullable(em.find(NewsSite.class, code));
    }

    @Override
    public void add(NewsSite site) {
        em.persist(site);
    }

    @Override
    public List<NewsColumn> columns(String siteCode) {
        return em.createQuery("select c from NewsColumn c where c.siteCode = :s order by c.position, c.id",
                NewsColumn.class).setParameter("s", siteCode).getResultList();
    }

    @Override
    public List<NewsColumn> columnsShownOn(String siteCode) {
        return em.createQuery("select distinct c from NewsColumn c left join c.sharedWith w"
                        + " where c.siteCode = :s or w = :s", NewsColumn.class)
                .setParameter("s", siteCode).getResultList().stream()
                .sorted(java.util.Comparator.comparing((NewsColumn c) -> !c.siteCode().equals(siteCode))
                        .thenComparingInt(NewsColumn::position).thenComparing(NewsColumn::id))
                .toList();
    }

    @Override
    public Optional<NewsColumn> column(long id) {
        return Optional.ofNullable(em.find(NewsColumn.class, id));
    }

    @Override
    public void add(NewsColumn column) {
        em.persist(column);
    }

    @Override
    public Optional<Article> article(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    @Override
    public void add(Article article) {
        em.persist(article);
        em.flush(); // versions and steps refer to the id
    }

    @Override
    public void add(ArticleVersion version) {
        em.persist(version);
    }

    @Override
    public List<ArticleVersion> versions(long articleId) {
        return em.createQuery("select v from ArticleVersion v where v.articleId = :a order by v.revision",
                ArticleVersion.class).setParameter("a", articleId).getResultList();
    }

    @Override
    public void add(ReviewStep step) {
        em.persist(step);
    }

    @Override
    public List<ReviewStep> steps(long articleId) {
        return em.createQuery("select s from ReviewStep s where s.articleId = :a order by s.actedAt, s.id",
                ReviewStep.class).setParameter("a", articleId).getResultList();
    }

    @Override
    public List<String> approversOfRound(long articleId, int round) {
        return em.createQuery("select s.actor from ReviewStep s where s.articleId = :a and s.round = :r"
                        + " and s.action = :approved", String.class)
                .setParameter("a", articleId).setParameter("r", round).setParameter("approved", ReviewAction.APPROVED)
                .getResultList();
    }

    @Override
    public List<Article> publicArticles(List<Long> columnIds, int offset, int limit) {
        if (columnIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Article a where a.columnId in :c and a.status = :p" + PUBLIC_ORDER,
                        Article.class)
                .setParameter("c", columnIds).setParameter("p", ArticleStatus.PUBLISHED)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPublic(List<Long> columnIds) {
        if (columnIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(a) from Article a where a.columnId in :c and a.status = :p", Long.class)
                .setParameter("c", columnIds).setParameter("p", ArticleStatus.PUBLISHED).getSingleResult();
    }

    @Override
    public Instant lastPublished(long columnId) {
        return em.createQuery("select max(a.publishedAt) from Article a where a.columnId = :c and a.status in :s",
                        Instant.class)
                .setParameter("c", columnId)
                .setParameter("s", List.of(ArticleStatus.PUBLISHED, ArticleStatus.EXPIRED)).getSingleResult();
    }

    @Override
    public List<Article> allPublic() {
        return em.createQuery("select a from Article a where a.status = :p order by a.id", Article.class)
                .setParameter("p", ArticleStatus.PUBLISHED).getResultList();
    }

    @Override
    public List<Article> articlesOf(List<Long> columnIds, List<ArticleStatus> statuses, int limit) {
        if (columnIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Article a where a.columnId in :c and a.status in :s"
                        + " order by a.createdAt desc, a.id desc", Article.class)
                .setParameter("c", columnIds).setParameter("s", statuses).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Article> scheduledDue(Instant now) {
        return em.createQuery("select a from Article a where a.status = :s and (a.publishAt is null or a.publishAt <= :n)"
                        + " order by a.id", Article.class)
                .setParameter("s", ArticleStatus.SCHEDULED).setParameter("n", now).getResultList();
    }

    @Override
    public List<Article> expiredDue(Instant now) {
        return em.createQuery("select a from Article a where a.status = :s and a.expireAt <= :n order by a.id",
                        Article.class)
                .setParameter("s", ArticleStatus.PUBLISHED).setParameter("n", now).getResultList();
    }

    @Override
    public Optional<NewsImage> image(long id) {
        return Optional.ofNullable(em.find(NewsImage.class, id));
    }

    @Override
    public void add(NewsImage image) {
        em.persist(image);
        em.flush();
    }

    @Override
    public Optional<SpecialTopic> topic(String slug) {
        return em.createQuery("select t from SpecialTopic t where t.slug = :s", SpecialTopic.class)
                .setParameter("s", slug).getResultStream().findFirst();
    }

    @Override
    public List<SpecialTopic> topics() {
        return em.createQuery("select t from SpecialTopic t order by t.createdAt desc", SpecialTopic.class)
                .getResultList();
    }

    @Override
    public void add(SpecialTopic topic) {
        em.persist(topic);
    }
}
