package org.minsheng.news.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.intake.api.Attachments;
import org.minsheng.intake.api.CleanImage;
import org.minsheng.news.api.ArticleDraft;
import org.minsheng.news.api.ArticleView;
import org.minsheng.news.domain.Article;
import org.minsheng.news.domain.ArticleContent;
import org.minsheng.news.domain.ArticleVersion;
import org.minsheng.news.domain.NewsColumn;
import org.minsheng.news.domain.NewsImage;
import org.minsheng.news.domain.NewsRepository;
import org.minsheng.news.domain.NewsSite;
import org.minsheng.news.domain.ReviewAction;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.files.StoredFile;

/** Editors draft and revise articles, upload their images and submit them for review. */
@Stateless
public class ArticleEditing {

    private static final int MAX_TAGS = 10;

    @Inject
    NewsRepository news;

    @Inject
    NewsViews views;

    @Inject
    NewsAccess access;

    @Inject
    PublicationSteps steps;

    @Inject
    AuditTrail audit;

    @Inject
    Attachments attachments;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public ArticleView create(ArticleDraft draft) {
        new Validation().require(draft != null && draft.columnId() != null
                        && news.column(draft.columnId()).isPresent(), "columnId", "请选择栏目", "Choose a column")
                .throwIfInvalid();
        NewsColumn column = news.column(draft.columnId()).orElseThrow();
        NewsSite site = views.siteOf(column);
        access.checkEdit(site);
        Article article = new Article(column.id(), content(draft, site), access.name(), clock.instant());
        news.add(article);
        saved(article, "news.created");
        return views.article(article);
    }

    /** A new revision; {@code expectedVersion} is the version the editor saw. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public ArticleView revise(long id, long expectedVersion, ArticleDraft draft) {
        Article article = views.existing(id);
        NewsSite site = views.siteOf(views.existingColumn(article.columnId()));
        access.checkEdit(site);
        if (article.version() != expectedVersion) {
            throw new Conflict("文章已被他人修改，请刷新后再改", "Someone changed the article meanwhile; reload it");
        }
        article.revise(content(draft, site));
        saved(article, "news.revised");
        return views.article(article);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public ArticleView submit(long id) {
        Article article = views.existing(id);
        access.checkEdit(views.siteOf(views.existingColumn(article.columnId())));
        article.submit();
        steps.record(article, 0, ReviewAction.SUBMITTED, access.name(), null);
        return views.article(article);
    }

    /** The largest image accepted, in bytes: the attachments' limit. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public long maxImageBytes() {
        return attachments.maxFileBytes();
    }

    /** An image for a site's articles, checked like an attachment; {@code alt} describes it for screen readers. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public long uploadImage(String siteCode, String alt, String fileName, String declaredType, byte[] content) {
        NewsSite site = news.site(siteCode == null ? "" : siteCode).orElse(null);
        new Validation().require(site != null, "site", "没有这个网站", "No such site")
                .text(alt, "alt", "图片说明", "Image description", 200, true)
                .throwIfInvalid();
        access.checkEdit(site);
        CleanImage clean = attachments.cleanImage(fileName, declaredType, content);
        NewsImage image = new NewsImage(site.code(), alt.strip(),
                new StoredFile(clean.mediaType(), clean.sha256(), clean.content()), access.name(), clock.instant());
        news.add(image);
        audit.record(access.name(), "news.image-uploaded", "news-image", String.valueOf(image.id()), alt.strip());
        return image.id();
    }

    private void saved(Article article, String action) {
        news.add(new ArticleVersion(article, access.name(), clock.instant()));
        audit.record(access.name(), action, PublicationSteps.SUBJECT, String.valueOf(article.id()),
                "第" + article.revision() + "版：" + article.title());
    }

    /** Checks every field at once and cleans the body; images get their stored description when they have none. */
    private ArticleContent content(ArticleDraft d, NewsSite site) {
        new Validation().require(d != null, "title", "请填写文章", "The article is required").throwIfInvalid();
        String body = RichText.clean(d.body());
        List<String> tags = d.tags() == null ? List.of()
                : d.tags().stream().filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty()).distinct()
                .toList();
        boolean repost = d.repostUrl() != null && !d.repostUrl().isBlank();
        Validation check = new Validation()
                .text(d.title(), "title", "标题", "Title", 200, true)
                .text(d.subtitle(), "subtitle", "副标题", "Subtitle", 200, false)
                .text(d.source(), "source", "来源", "Source", 100, repost)
                .text(d.repostUrl(), "repostUrl", "转载地址", "Address of the original", 500, false)
                .require(!repost || d.repostUrl().strip().matches("https?://\\S+"), "repostUrl",
                        "转载地址应以 http:// 或 https:// 开头", "The original's address must start with http:// or https://")
                .text(d.author(), "author", "作者", "Author", 60, false)
                .require(!RichText.text(body).isBlank() || !RichText.imageIds(body).isEmpty(), "body",
                        "正文不能为空", "The text is required")
                .require(body.length() <= 100000, "body", "正文过长", "The text is too long")
                .require(tags.size() <= MAX_TAGS && tags.stream().allMatch(t -> t.length() <= 30), "tags",
                        "最多10个标签，每个不超过30个字", "At most 10 tags of at most 30 characters")
                .require(d.coverImageId() == null || ownImage(d.coverImageId(), site), "coverImageId",
                        "封面图片不存在", "No such cover image")
                .require(RichText.imageIds(body).stream().allMatch(id -> ownImage(id, site)), "body",
                        "正文中的图片须先上传到本网站", "Images in the text must be uploaded to this site first")
                .require(d.publishAt() == null || d.expireAt() == null || d.expireAt().isAfter(d.publishAt()),
                        "expireAt", "下线时间应晚于发布时间", "The expiry must come after the publishing time");
        check.throwIfInvalid();
        String source = d.source() == null || d.source().isBlank() ? site.nameZh() : d.source().strip();
        return new ArticleContent(d.title().strip(), blankToNull(d.subtitle()), source,
                repost ? d.repostUrl().strip() : null, blankToNull(d.author()), describeImages(body), d.coverImageId(),
                tags, Boolean.TRUE.equals(d.pinned()), d.publishAt(), d.expireAt());
    }

    private boolean ownImage(long id, NewsSite site) {
        return news.image(id).filter(i -> i.siteCode().equals(site.code())).isPresent();
    }

    private String describeImages(String body) {
        Document doc = Jsoup.parseBodyFragment(body);
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.select("img")) {
            if (img.attr("alt").isBlank()) {
                RichText.imageIds("<img src=\"" + img.attr("src") + "\">").stream().findFirst()
                        .flatMap(news::image).ifPresent(i -> img.attr("alt", i.alt()));
            }
        }
        return doc.body().html();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
