package org.minsheng.news.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.news.api.ColumnView;
import org.minsheng.news.api.NewColumn;
import org.minsheng.news.api.NewTopic;
import org.minsheng.news.api.SiteView;
import org.minsheng.news.api.TopicView;
import org.minsheng.news.domain.NewsColumn;
import org.minsheng.news.domain.NewsRepository;
import org.minsheng.news.domain.NewsSite;
import org.minsheng.news.domain.SlotKind;
import org.minsheng.news.domain.SpecialTopic;
import org.minsheng.news.domain.TopicSlot;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.security.Caller;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.api.SiteDirectory;

/** The administrator sets up sites, their column trees and special topics. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class NewsSetup {

    /** The column tree every new site starts with: slug, Chinese and English name. */
    private static final String[][] DEFAULT_COLUMNS = {
            {"yaowen", "要闻", "Top news"},
            {"dongtai", "部门动态", "Department news"},
            {"tongzhi", "通知公告", "Notices"},
            {"zhuanti", "专题", "Special topics"}};

    @Inject
    NewsRepository news;

    @Inject
    SiteDirectory directory;

    @Inject
    NewsQueries queries;

    @Inject
    NewsViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /**
     * The portal (the platform department's, code {@code portal}) or a department's sub-site (code =
     * the department's code), with the default column tree.
     */
    public SiteView createSite(String code) {
        boolean portal = NewsSite.PORTAL.equals(code);
        DepartmentView department = (portal ? directory.platformDepartment()
                : directory.department(code == null ? "" : code)).orElse(null);
        new Validation().require(department != null, "code", "没有这个部门", "No such department").throwIfInvalid();
        if (news.site(code).isPresent()) {
            throw new Conflict("该网站已存在", "The site exists already");
        }
        NewsSite site = portal
                ? new NewsSite(code, department.code(), "常德市人民政府门户", "Changde Municipal Government Portal", 0)
                : new NewsSite(code, department.code(), department.name(), department.nameEn(), news.sites().size() + 1);
        news.add(site);
        for (int i = 0; i < DEFAULT_COLUMNS.length; i++) {
            String[] c = DEFAULT_COLUMNS[i];
            news.add(new NewsColumn(code, c[0], c[1], c[2], 2, NewsColumn.DEFAULT_STALE_AFTER_DAYS, i));
        }
        audit.record(caller.name(), "news.site-created", "news-site", code, site.nameZh());
        return NewsViews.site(site);
    }

    public ColumnView addColumn(String siteCode, NewColumn c) {
        NewsSite site = news.site(siteCode == null ? "" : siteCode).orElse(null);
        List<String> shared = c.sharedWith() == null ? List.of() : c.sharedWith();
        new Validation().require(site != null, "site", "没有这个网站", "No such site")
                .require(c.slug() != null && c.slug().matches("[a-z0-9-]{1,40}"), "slug",
                        "栏目代码为1至40个小写字母、数字或连字符", "The slug is 1 to 40 lower-case letters, digits or hyphens")
                .text(c.nameZh(), "nameZh", "栏目名称", "Name", 60, true)
                .text(c.nameEn(), "nameEn", "英文名称", "English name", 120, true)
                .require(c.reviewLevels() == null || (c.reviewLevels() >= 1 && c.reviewLevels() <= 3), "reviewLevels",
                        "审核级数为1至3级", "Review levels are 1 to 3")
                .require(c.staleAfterDays() == null || (c.staleAfterDays() >= 1 && c.staleAfterDays() <= 365),
                        "staleAfterDays", "更新周期为1至365天", "The period is 1 to 365 days")
                .require(shared.stream().allMatch(s -> news.site(s).isPresent()), "sharedWith",
                        "共享到的网站不存在", "A site to share with does not exist")
                .throwIfInvalid();
        if (news.columns(siteCode).stream().anyMatch(x -> x.slug().equals(c.slug()))) {
            throw new Conflict("该网站已有这个栏目代码", "The site has a column with this slug already");
        }
        NewsColumn column = new NewsColumn(siteCode, c.slug(), c.nameZh().strip(), c.nameEn().strip(),
                c.reviewLevels() == null ? 2 : c.reviewLevels(),
                c.staleAfterDays() == null ? NewsColumn.DEFAULT_STALE_AFTER_DAYS : c.staleAfterDays(),
                news.columns(siteCode).size());
        shared.forEach(column::shareWith);
        news.add(column);
        audit.record(caller.name(), "news.column-added", "news-column", String.valueOf(column.id()),
                site.nameZh() + " / " + column.nameZh());
        return views.column(column);
    }

    /** Shows a column on another site too, naming its own site as the source. */
    public ColumnView shareColumn(long columnId, String siteCode) {
        NewsColumn column = views.existingColumn(columnId);
        new Validation().require(siteCode != null && news.site(siteCode).isPresent(), "siteCode", "没有这个网站",
                "No such site").throwIfInvalid();
        column.shareWith(siteCode);
        audit.record(caller.name(), "news.column-shared", "news-column", String.valueOf(columnId), siteCode);
        return views.column(column);
    }

    public TopicView createTopic(NewTopic t) {
        List<NewTopic.NewSlot> slots = t.slots() == null ? List.of() : t.slots();
        Validation check = new Validation()
                .require(t.slug() != null && t.slug().matches("[a-z0-9-]{1,40}"), "slug",
                        "专题代码为1至40个小写字母、数字或连字符", "The slug is 1 to 40 lower-case letters, digits or hyphens")
                .require(t.siteCode() != null && news.site(t.siteCode()).isPresent(), "siteCode", "没有这个网站",
                        "No such site")
                .text(t.title(), "title", "专题名称", "Title", 100, true)
                .text(t.bannerText(), "bannerText", "横幅文字", "Banner text", 200, true)
                .text(t.introduction(), "introduction", "专题简介", "Introduction", 2000, true)
                .require(!slots.isEmpty(), "slots", "至少一个版块", "At least one slot");
        for (int i = 0; i < slots.size(); i++) {
            NewTopic.NewSlot s = slots.get(i) == null ? new NewTopic.NewSlot(null, null, null) : slots.get(i);
            check.require(Arrays.stream(SlotKind.values()).anyMatch(k -> k.name().equals(s.kind())),
                            "slots[" + i + "].kind", "版块类型不正确", "Unknown slot kind")
                    .text(s.label(), "slots[" + i + "].label", "版块名称", "Slot label", 100, true)
                    .require(s.target() != null && (s.target().matches("\\d{1,18}") || s.target().matches("/[^/\\\\].*")
                                    || s.target().matches("https://\\S+")) && s.target().length() <= 300,
                            "slots[" + i + "].target", "版块目标应为编号、本站路径或 https 地址",
                            "The target is an id, a path on this site or an https address");
        }
        check.throwIfInvalid();
        if (news.topic(t.slug()).isPresent()) {
            throw new Conflict("已有这个专题代码", "A topic with this slug exists already");
        }
        List<TopicSlot> made = new ArrayList<>();
        slots.stream().filter(java.util.Objects::nonNull).forEach(s -> made.add(new TopicSlot(SlotKind.valueOf(s.kind()), s.label().strip(), s.target())));
        news.add(new SpecialTopic(t.slug(), t.siteCode(), t.title().strip(), t.bannerText().strip(), t.bannerImageId(),
                t.introduction().strip(), made, clock.instant()));
        audit.record(caller.name(), "news.topic-created", "news-topic", t.slug(), t.title());
        return queries.topic(t.slug());
    }

}
