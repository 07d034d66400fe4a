package org.minsheng.news.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.identity.api.Roles;
import org.minsheng.news.api.ArticleSummary;
import org.minsheng.news.api.ArticleView;
import org.minsheng.news.api.ColumnView;
import org.minsheng.news.api.VersionDiff;
import org.minsheng.news.api.VersionView;
import org.minsheng.news.domain.Article;
import org.minsheng.news.domain.ArticleStatus;
import org.minsheng.news.domain.ArticleVersion;
import org.minsheng.news.domain.NewsColumn;
import org.minsheng.news.domain.NewsRepository;
import org.minsheng.news.domain.NewsSite;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;

/** The editors' and approvers' desk: the columns they work on, articles by status, versions and diffs. */
@Stateless
@RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
public class StaffNewsQueries {

    private static final int DESK_ROWS = 200;

    @Inject
    NewsRepository news;

    @Inject
    NewsViews views;

    @Inject
    NewsAccess access;

    /** The columns of the sites the caller works on. */
    public List<ColumnView> columns() {
        return mySites().stream().flatMap(s -> news.columns(s.code()).stream()).map(views::column).toList();
    }

    /** Articles of the caller's sites in one status (or all when null), newest first. */
    public List<ArticleSummary> desk(String status) {
        List<ArticleStatus> statuses;
        try {
            statuses = status == null || status.isBlank() ? List.of(ArticleStatus.values())
                    : List.of(ArticleStatus.valueOf(status));
        } catch (IllegalArgumentException e) {
            new Validation().require(false, "status", "没有这个状态", "No such status").throwIfInvalid();
            return List.of();
        }
        List<Long> columnIds = mySites().stream().flatMap(s -> news.columns(s.code()).stream())
                .map(NewsColumn::id).toList();
        return views.summaries(news.articlesOf(columnIds, statuses, DESK_ROWS));
    }

    public ArticleView article(long id) {
        return views.article(visible(id));
    }

    public List<VersionView> versions(long id) {
        visible(id);
        return news.versions(id).stream()
                .map(v -> new VersionView(v.revision(), v.title(), v.savedBy(), v.savedAt())).toList();
    }

    /** What changed from revision {@code from} to {@code to}. */
    public VersionDiff diff(long id, int from, int to) {
        visible(id);
        List<ArticleVersion> all = news.versions(id);
        ArticleVersion a = all.stream().filter(v -> v.revision() == from).findFirst().orElse(null);
        ArticleVersion b = all.stream().filter(v -> v.revision() == to).findFirst().orElse(null);
        new Validation().require(a != null, "from", "没有这个版本", "No such revision")
                .require(b != null, "to", "没有这个版本", "No such revision").throwIfInvalid();
        return new VersionDiff(from, to, VersionComparison.compare(lines(a), lines(b)));
    }

    private static List<String> lines(ArticleVersion v) {
        List<String> lines = new ArrayList<>();
        lines.add(v.title());
        if (v.subtitle() != null) {
            lines.add(v.subtitle());
        }
        lines.addAll(RichText.lines(v.body()));
        return lines;
    }

    private Article visible(long id) {
        Article a = views.existing(id);
        NewsSite site = views.siteOf(views.existingColumn(a.columnId()));
        if (!access.maySee(site)) {
            throw new NotFound("没有这篇文章", "No such article");
        }
        return a;
    }

    private List<NewsSite> mySites() {
        return news.sites().stream().filter(access::maySee).toList();
    }
}
