package org.minsheng.web.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.news.api.ArticleSummary;
import org.minsheng.news.api.ArticleView;
import org.minsheng.news.api.ColumnView;
import org.minsheng.news.api.SiteFront;
import org.minsheng.news.api.SiteView;
import org.minsheng.news.api.StaleColumn;
import org.minsheng.news.api.StepView;
import org.minsheng.news.api.TopicView;
import org.minsheng.news.api.VersionDiff;
import org.minsheng.news.api.VersionView;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.paging.Page;
import org.minsheng.web.platform.pages.FormState;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;

/**
 * Renders every news page with sample data in both languages, standard and text-only: every text
 * has a bundle key, titles are escaped, only the cleaned body is output as HTML.
 */
class NewsTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    private final PageRenderer renderer = new PageRenderer();
    private final ColumnView column = new ColumnView(3, "zjj", "市住房和城乡建设局", "Housing Bureau", "tongzhi", "通知公告",
            "Notices", 2, 14, List.of("portal"));
    private final ArticleSummary summary = new ArticleSummary(5, 3, "通知公告", "Notices", "zjj", "市住建局", "Housing",
            "老旧小区改造" + SCRIPT, null, "市住建局", AT, true, "PUBLISHED", "已发布", "Published", "zjj-editor", AT);
    private final ArticleView article = new ArticleView(5, column, "老旧小区改造" + SCRIPT, "副标题" + SCRIPT, "新华社",
            "https://www.news.cn/x", "记者", "<p>正文</p><p><img src=\"/news/images/2\" alt=\"会场\"></p>", 2L, "封面",
            List.of("住房"), false, AT, null, "IN_REVIEW", "审核中", "In review", 2, 3, AT, "zjj-editor", 2,
            List.of(new StepView(1, 1, "APPROVED", "审核通过", "Approved", "zjj-approver", "同意" + SCRIPT, AT)));

    private static Viewer viewer(boolean english, boolean textOnly, String... roles) {
        StaffPrincipal staff = roles.length == 0 ? null : new StaffPrincipal("u", "编辑", Set.of(roles), "zjj");
        return new Viewer(english ? Locale.ENGLISH : Viewer.CHINESE, english, false, "/x", staff, "token", textOnly);
    }

    private String render(String template, Viewer viewer, Map<String, Object> model) {
        String html = renderer.render(template, viewer, model);
        assertThat(html).as(template).doesNotContain("??").doesNotContain(SCRIPT);
        return html;
    }

    @Test
    void publicPagesRenderInBothLanguagesAndTextOnly() {
        for (boolean english : new boolean[] {false, true}) {
            for (boolean textOnly : new boolean[] {false, true}) {
                Viewer v = viewer(english, textOnly);
                SiteFront front = new SiteFront(new SiteView("zjj", "zjj", "市住建局", "Housing", false),
                        List.of(new SiteFront.ColumnBlock(column, List.of(summary))),
                        List.of(new TopicView("gaizao", "zjj", "城市更新", "横幅", null, "简介", List.of())));
                String site = render("news/site", v, Map.of("front", front));
                assertThat(site).contains("/news/articles/5", "/news/columns/3/feed.atom");
                assertThat(site.contains("minsheng.css")).isEqualTo(!textOnly);
                render("news/sites", v, Map.of("sites", List.of(front.site())));
                render("news/column", v, Map.of("column", column, "list", new Page<>(List.of(summary), 1, 15, 16)));
                String page = render("news/article", v, Map.of("a", article, "contentHash", "ab12"));
                assertThat(page).contains("data-integrity-part=\"body\"", "<p>正文</p>", "minsheng-content-sha256");
                assertThat(page.contains("/news/images/2\" alt=\"封面\"")).isEqualTo(!textOnly);
                render("news/topic", v, Map.of("topic", new TopicView("gaizao", "zjj", "城市更新", "横幅" + SCRIPT, 2L, "简介",
                        List.of(new TopicView.Slot("COLUMN", "栏目", "Column", "通知", "/news/columns/3",
                                List.of(summary))))));
            }
        }
    }

    @Test
    void staffPagesRender() {
        for (boolean english : new boolean[] {false, true}) {
            Viewer editor = viewer(english, false, "editor");
            Viewer approver = viewer(english, false, "approver");
            render("news/staff-desk", editor, Map.of("status", "", "articles", List.of(summary),
                    "columns", List.of(column)));
            Map<String, Object> model = new HashMap<>();
            model.put("a", null);
            model.put("form", FormState.failed("article", List.of(new FieldError("title", "标题不能为空", "Title is required")),
                    Map.of("title", List.of(SCRIPT))));
            model.put("columns", List.of(column));
            model.put("column", 3L);
            model.put("message", null);
            model.put("versions", List.of());
            assertThat(render("news/staff-write", editor, model)).contains("aria-invalid");
            model.put("a", article);
            model.put("form", FormState.NONE);
            model.put("versions", List.of(new VersionView(1, "旧标题", "zjj-editor", AT),
                    new VersionView(2, "新标题", "zjj-editor", AT)));
            String review = render("news/staff-article", approver, model);
            assertThat(review).contains("approve-article", "reject-article", "diff?from=1&amp;to=2");
            render("news/staff-diff", editor, Map.of("a", article, "diff", new VersionDiff(1, 2,
                    List.of(new VersionDiff.Line("SAME", "标题"), new VersionDiff.Line("REMOVED", SCRIPT),
                            new VersionDiff.Line("ADDED", "新")))));
            render("news/staff-staleness", editor, Map.of("stale", List.of(new StaleColumn(column, null, -1),
                    new StaleColumn(column, AT, 20))));
        }
    }
}
