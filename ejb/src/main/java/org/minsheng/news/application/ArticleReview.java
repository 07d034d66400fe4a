package org.minsheng.news.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.minsheng.identity.api.Roles;
import org.minsheng.news.api.ArticleView;
import org.minsheng.news.domain.Article;
import org.minsheng.news.domain.NewsColumn;
import org.minsheng.news.domain.NewsRepository;
import org.minsheng.news.domain.NewsSite;
import org.minsheng.news.domain.ReviewAction;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Validation;

/**
 * The editorial chain's sign-offs (先审后发): each level of the column is signed by a different
 * approver of the site's department (or the administrator); the last one publishes or schedules.
 */
@Stateless
public class ArticleReview {

    @Inject
    NewsRepository news;

    @Inject
    NewsViews views;

    @Inject
    NewsAccess access;

    @Inject
    PublicationSteps steps;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public ArticleView approve(long id, String comment) {
        new Validation().text(comment, "comment", "审核意见", "Comment", 1000, false).throwIfInvalid();
        Article article = views.existing(id);
        NewsColumn column = views.existingColumn(article.columnId());
        access.checkApprove(views.siteOf(column));
        List<String> signed = news.approversOfRound(article.id(), article.reviewRound());
        if (signed.contains(access.name())) {
            throw new Conflict("您已签过本轮审核，下一级须由另一位审签人员签发",
                    "You already signed this round; the next level needs another approver");
        }
        int level = article.nextLevel();
        boolean publicNow = article.approve(column.reviewLevels(), clock.instant());
        steps.record(article, level, ReviewAction.APPROVED, access.name(), comment);
        if (publicNow) {
            steps.wentPublic(article, access.name());
        }
        return views.article(article);
    }

    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public ArticleView reject(long id, String comment) {
        new Validation().text(comment, "comment", "退回意见", "Reason for sending back", 1000, true).throwIfInvalid();
        Article article = views.existing(id);
        access.checkApprove(views.siteOf(views.existingColumn(article.columnId())));
        int level = article.nextLevel();
        article.reject();
        steps.record(article, level, ReviewAction.REJECTED, access.name(), comment.strip());
        return views.article(article);
    }

    /** Takes a public or scheduled article off the site; editors and approvers of the site may. */
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    public ArticleView withdraw(long id, String reason) {
        new Validation().text(reason, "comment", "撤下原因", "Reason", 1000, true).throwIfInvalid();
        Article article = views.existing(id);
        NewsSite site = views.siteOf(views.existingColumn(article.columnId()));
        if (!access.mayEdit(site)) {
            access.checkApprove(site);
        }
        if (article.withdraw()) {
            steps.leftSite(article, ReviewAction.WITHDRAWN, access.name(), reason.strip());
        } else {
            steps.record(article, 0, ReviewAction.WITHDRAWN, access.name(), reason.strip());
        }
        return views.article(article);
    }
}
