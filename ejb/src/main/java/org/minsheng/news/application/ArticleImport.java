package org.minsheng.news.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.news.api.ArticleDraft;
import org.minsheng.news.api.ArticleView;
import org.minsheng.news.domain.Article;
import org.minsheng.news.domain.NewsColumn;
import org.minsheng.news.domain.ReviewAction;
import org.minsheng.shared.security.Caller;

/**
 * Articles published before the platform (a migration from the old site, or the demo city's
 * history): stored as approved in the old system, with its publishing time, watched and searchable
 * like any other. The body is cleaned by the same allow-list.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ArticleImport {

    @Inject
    ArticleEditing editing;

    @Inject
    NewsViews views;

    @Inject
    PublicationSteps steps;

    @Inject
    Caller caller;

    public ArticleView importPublished(ArticleDraft draft, Instant publishedAt) {
        ArticleDraft dated = new ArticleDraft(draft.columnId(), draft.title(), draft.subtitle(), draft.source(),
                draft.repostUrl(), draft.author(), draft.body(), draft.coverImageId(), draft.tags(), draft.pinned(),
                publishedAt, draft.expireAt());
        long id = editing.create(dated).id();
        Article article = views.existing(id);
        NewsColumn column = views.existingColumn(article.columnId());
        article.submit();
        steps.record(article, 0, ReviewAction.SUBMITTED, caller.name(), "导入：原系统已审核发布");
        for (int level = 1; level <= column.reviewLevels(); level++) {
            article.approve(column.reviewLevels(), publishedAt);
        }
        steps.record(article, column.reviewLevels(), ReviewAction.APPROVED, AuditTrail.SYSTEM, "原系统审核记录");
        if (article.isPublic()) {
            steps.wentPublic(article, AuditTrail.SYSTEM);
        }
        return views.article(article);
    }
}
