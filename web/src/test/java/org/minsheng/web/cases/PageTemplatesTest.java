package org.minsheng.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minsheng.cases.api.BoardEntry;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.DuplicateHint;
import org.minsheng.cases.api.MonthlyStatistics;
import org.minsheng.cases.api.ParticipantView;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.api.SubStatusView;
import org.minsheng.cases.api.SupervisionOverview;
import org.minsheng.cases.api.TimelineEntry;
import org.minsheng.cases.api.Workbench;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.paging.Page;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.web.platform.pages.FormState;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;

/** Renders each workflow page with sample data: every expression resolves, every text has a bundle key, input is escaped. */
class PageTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private final PageRenderer renderer = new PageRenderer();
    private final DepartmentView zjj = new DepartmentView("zjj", "市住房和城乡建设局", "Housing Bureau", false);
    private final DepartmentView jt = new DepartmentView("jtysj", "市交通运输局", "Transport Bureau", false);

    private static StaffPrincipal staff(String department, String... roles) {
        return new StaffPrincipal("u", "办理员", Set.of(roles), department);
    }

    private static Viewer viewer(StaffPrincipal staff, boolean english) {
        return new Viewer(english ? Locale.ENGLISH : Viewer.CHINESE, english, false, "/x", staff, "token");
    }

    private static CaseDetails details(String status, boolean held, Integer extensionDays) {
        return new CaseDetails("c1", "MS20261201-00001", "MESSAGE_BOARD", "市民留言", "Message board", null,
                "标题" + SCRIPT, "内容" + SCRIPT, "李华", "13800000000", true, status, "办理中", "Handling", "zjj",
                Instant.now(), null, "旧答复", true, 3, "城乡建设", 0.8, List.of(),
                false, null, List.of(new DuplicateHint("MS20261130-00002", 0.9)), null, held, "COMPLAINT", "投诉",
                "Complaint", "请补充" + SCRIPT, null, null, "请尽快办理", "草稿", Instant.now(), 10, "YELLOW", "黄灯",
                "Yellow", 1, extensionDays, "需要协调", 2, "太慢", null, null, null,
                List.of(new TimelineEntry(Instant.now(), "SIGNED", "签收", "Taken up", "zjj", "备注" + SCRIPT)),
                List.of(new ParticipantView("jtysj", "CO_HANDLER", "协办", "Co-handler", null, null, null)),
                List.of("请补充材料"));
    }

    /** A file whose name carries markup, to see that it is escaped. */
    private static final org.minsheng.intake.api.AttachmentInfo ATTACHMENT = new org.minsheng.intake.api.AttachmentInfo(
            "a-1", "photo<b>.jpg", "image/jpeg", 20480, "0123456789abcdef0123456789abcdef", java.time.Instant.now(), true,
            null);

    /** Findings with markup in their detail, to see that it is escaped. */
    private static final org.minsheng.nlp.api.ReplyQualityReport QUALITY = new org.minsheng.nlp.api.ReplyQualityReport(
            55, "POOR", "需修改", "Needs revision", List.of(new org.minsheng.nlp.api.ReplyQualityFinding("NO_TIME",
            "没有时间或期限", "No time or deadline", 5, "detail" + SCRIPT)));

    private Map<String, Object> caseModel(CaseDetails c, StaffPrincipal me, FormState form) {
        Map<String, Object> model = new HashMap<>();
        model.put("c", c);
        model.put("attachments", List.of(ATTACHMENT));
        model.put("can", CaseActions.of(c, me));
        model.put("form", form);
        model.put("expired", false);
        model.put("problem", new FieldError("", "已被他人修改", "Changed"));
        model.put("done", "signed");
        model.put("departments", List.of(zjj, jt));
        model.put("departmentNames", Map.of("zjj", zjj, "jtysj", jt));
        model.put("categories", Categories.FIRST_LEVEL);
        model.put("subStatuses", List.of(new SubStatusView("ON_SITE", "HANDLING", "现场核查中", "On site")));
        model.put("replyTemplates", List.of(new org.minsheng.cases.api.ReplyTemplateView(1, null, "感谢反映", "Thanks",
                "您好！", "Hello", 1, 0)));
        model.put("typedQuality", QUALITY);
        model.put("draftQuality", QUALITY);
        model.put("notAcceptedReasons", List.of("OUT_OF_SCOPE", "OTHER"));
        return model;
    }

    @Test
    void staffCasePageShowsEveryStepItsViewerMayTake() {
        for (boolean english : new boolean[] {false, true}) {
            StaffPrincipal handler = staff("zjj", "handler", "dept-admin");
            String html = renderer.render("cases/staff-case", viewer(handler, english),
                    caseModel(details("HANDLING", false, 3), handler,
                            FormState.failed("supplement", List.of(new FieldError("text", "不能为空", "Required")),
                                    Map.of("text", List.of("typed" + SCRIPT)))));
            assertThat(html).doesNotContain("??").doesNotContain(SCRIPT)
                    .contains("form-progress", "form-supplement", "form-extensionDecision", "form-answer", "form-return",
                            "e-supplement-text", "typed&lt;script&gt;");
            StaffPrincipal dispatcher = staff("sjzyj", "dispatcher", "leader");
            String dispatch = renderer.render("cases/staff-case", viewer(dispatcher, english),
                    caseModel(details("RETURNED", false, null), dispatcher, FormState.NONE));
            assertThat(dispatch).doesNotContain("??").contains("form-dispatch", "form-refuse", "form-merge",
                    "form-instruction").doesNotContain("form-answer");
            StaffPrincipal reviewer = staff("sjzyj", "reviewer");
            String review = renderer.render("cases/staff-case", viewer(reviewer, english),
                    caseModel(details("IN_REVIEW", true, null), reviewer, FormState.NONE));
            assertThat(review).doesNotContain("??").doesNotContain(SCRIPT)
                    .contains("form-review", "form-publication", "case-draft", "draft-quality", "data-code=\"NO_TIME\"");
        }
    }

    @Test
    void residentPagesRender() {
        for (boolean english : new boolean[] {false, true}) {
            Viewer resident = viewer(null, english);
            Map<String, Object> model = new HashMap<>();
            model.put("tracked", new TrackPages.Tracked("MS20261201-00001", "123456"));
            model.put("form", FormState.NONE);
            model.put("done", "reopened");
            model.put("departments", Map.of("zjj", zjj));
            model.put("scores", List.of(5, 4, 3, 2, 1));
            model.put("attachments", List.of(ATTACHMENT));
            for (String status : List.of("ANSWERED", "AWAITING_SUPPLEMENT", "HANDLING", "NOT_ACCEPTED")) {
                model.put("c", details(status, false, null));
                String html = renderer.render("cases/case", resident, model);
                assertThat(html).doesNotContain("??").doesNotContain(SCRIPT);
            }
            model.put("c", details("ANSWERED", false, null));
            assertThat(renderer.render("cases/case", resident, model)).contains("score-2", "follow-up")
                    .contains("photo&lt;b&gt;.jpg");
            model.put("c", details("HANDLING", false, null));
            assertThat(renderer.render("cases/case", resident, model)).contains("id=\"attach\"", "multipart/form-data");

            for (ChannelForm channel : ChannelForm.values()) {
                Map<String, Object> write = new HashMap<>();
                write.put("channel", channel);
                write.put("leaders", List.of());
                write.put("form", new org.minsheng.intake.api.Submission(channel.code(), null, SCRIPT, "", "", "",
                        true, "HELP"));
                write.put("anonymous", false);
                write.put("errors", List.of(new FieldError("body", "内容不能为空", "Message is required")));
                write.put("fieldErrors", Map.of("body", new FieldError("body", "内容不能为空", "Message is required")));
                write.put("caseTypes", List.of("CONSULTATION", "COMPLAINT", "SUGGESTION", "HELP"));
                write.put("faq", List.of(new org.minsheng.cases.api.FaqView(1, "居住证怎么办" + SCRIPT, "到派出所办理",
                        "gaj", java.time.Instant.now())));
                write.put("q", "居住证");
                String html = renderer.render("cases/write", resident, write);
                assertThat(html).doesNotContain("??").doesNotContain(SCRIPT).contains("e-body");
                assertThat(html.contains("identity-anonymous")).isEqualTo(channel.confidential());
                assertThat(html.contains("到派出所办理")).isEqualTo(channel == ChannelForm.CONSULTATION);
            }
        }
    }

    @Test
    void listsBoardAndStatisticsRender() {
        StaffPrincipal handler = staff("zjj", "handler", "dept-admin", "leader");
        QueueItem item = new QueueItem("c1", "MS20261201-00001", "市民留言", "Message board", "标题" + SCRIPT,
                "RETURNED", "已退回", "Returned", Instant.now(), "城乡建设", 0.5, true, "zjj", Instant.now(), "RED",
                "红灯", "Red", "不属于本单位");
        for (boolean english : new boolean[] {false, true}) {
            Viewer v = viewer(handler, english);
            Map<String, Long> counts = new HashMap<>();
            Workbench.QUEUES.forEach(q -> counts.put(q, 1L));
            String bench = renderer.render("cases/staff-workbench", v, Map.of("bench",
                    new Workbench("TO_SIGN", counts, List.of(item)), "queues", Workbench.QUEUES, "returned", true));
            assertThat(bench).doesNotContain("??").doesNotContain(SCRIPT).contains("红灯".equals(item.warningZh()) && !english ? "红灯" : "Red");
            Map<String, Object> dispatch = new HashMap<>();
            dispatch.put("queue", List.of(item));
            dispatch.put("done", "dispatched");
            assertThat(renderer.render("cases/staff-dispatch", v, dispatch)).doesNotContain("??").contains("不属于本单位");
            assertThat(renderer.render("cases/staff-review", v, Map.of("queue", List.of(item), "held", List.of(item),
                    "platform", true, "done", "approved"))).doesNotContain("??");
            assertThat(renderer.render("cases/staff-extensions", v, Map.of("requests", List.of(item), "decided", true)))
                    .doesNotContain("??");
            assertThat(renderer.render("cases/staff-supervision", v, Map.of("overview", new SupervisionOverview(
                    List.of(new SupervisionOverview.DepartmentLoad("zjj", "市住建局", 4, 1, 1)), List.of(item)),
                    "scale", 4L, "departmentNames", Map.of("zjj", zjj)))).doesNotContain("??").contains("class=\"bar yellow w-25\"")
                    .contains(english ? "Housing Bureau" : "市住房和城乡建设局");
            assertThat(renderer.render("notification/staff-notifications", v, Map.of("notifications", List.of(
                    new org.minsheng.notification.api.NotificationView(1, "新分办件", SCRIPT, "c1", Instant.now(), false)))))
                    .doesNotContain("??").doesNotContain(SCRIPT);

            Viewer resident = viewer(null, english);
            Map<String, Object> board = new HashMap<>();
            board.put("board", new Page<>(List.of(new BoardEntry("MS1", "MESSAGE_BOARD", "市民留言", "Message board",
                    SCRIPT, "内容", "zjj", Instant.now(), Instant.now(), "答复", 3)), 1, 10, 25));
            board.put("filters", new BoardFilters("MESSAGE_BOARD", "zjj", "城乡建设", "CLOSED"));
            board.put("departments", Map.of("zjj", zjj));
            board.put("departmentList", List.of(zjj));
            board.put("channels", BoardFilters.CHANNELS);
            board.put("categories", Categories.FIRST_LEVEL);
            board.put("statuses", BoardFilters.STATUSES);
            assertThat(renderer.render("cases/board", resident, board)).doesNotContain("??").doesNotContain(SCRIPT)
                    .contains("/board?page=2&amp;channel=MESSAGE_BOARD&amp;department=zjj");
            Map<String, Object> stats = new HashMap<>();
            stats.put("previous", "2026-11");
            stats.put("month", "2026-11");
            stats.put("stats", new MonthlyStatistics("2026-11", 10, 8, 4, 0.75, 0.5, 3.5, List.of(
                    new MonthlyStatistics.DepartmentRow("zjj", "市住建局", 10, 8, 4, 0.75, 0.5),
                    new MonthlyStatistics.DepartmentRow("jtysj", "市交通运输局", 2, 0, 0, 0, 0))));
            stats.put("earlier", "2026-10");
            stats.put("later", null);
            stats.put("scale", 10L);
            stats.put("error", null);
            stats.put("departmentNames", Map.of());
            assertThat(renderer.render("cases/statistics", resident, stats)).doesNotContain("??").contains("75");
            stats.put("stats", null);
            stats.put("error", new FieldError("month", "只公布已结束月份的统计", "Finished months only"));
            assertThat(renderer.render("cases/statistics", resident, stats)).doesNotContain("??").contains("e-month");
            Map<String, Object> home = new HashMap<>();
            home.put("leaders", List.of());
            home.put("latest", List.of());
            home.put("channels", ChannelForm.values());
            home.put("departments", Map.of());
            assertThat(renderer.render("cases/home", resident, home)).doesNotContain("??").contains("/write/report");
        }
    }

    @Test
    void residentAccountPagesRender() {
        for (boolean english : new boolean[] {false, true}) {
            Viewer resident = viewer(null, english);
            assertThat(renderer.render("identity/account-login", resident, Map.of("failed", true, "login", SCRIPT)))
                    .doesNotContain("??").doesNotContain(SCRIPT).contains("account-failed");
            Map<String, Object> register = new HashMap<>();
            FieldError error = new FieldError("password", "密码至少8位", "At least 8 characters");
            register.put("typed", Map.of("login", SCRIPT, "displayName", "王女士"));
            register.put("errors", List.of(error));
            register.put("fieldErrors", Map.of("password", error));
            assertThat(renderer.render("identity/account-register", resident, register)).doesNotContain("??")
                    .doesNotContain(SCRIPT).contains("e-password");
            Map<String, Object> account = new HashMap<>();
            account.put("me", new org.minsheng.identity.api.ResidentPrincipal("resident:1", "王女士"));
            account.put("messages", List.of(new org.minsheng.cases.api.MyMessage("MS20261201-00001", SCRIPT, "市民留言",
                    "Message board", "HANDLING", "办理中", "In progress", java.time.Instant.now(), null)));
            assertThat(renderer.render("identity/account", resident, account)).doesNotContain("??").doesNotContain(SCRIPT)
                    .contains("MS20261201-00001");
            assertThat(renderer.render("identity/account-message", resident, Map.of("c", details("ANSWERED", false, null))))
                    .doesNotContain("??").doesNotContain(SCRIPT);
        }
    }

    @Test
    void replyTemplatesPageRenders() {
        for (boolean english : new boolean[] {false, true}) {
            StaffPrincipal head = staff("zjj", "dept-admin");
            Map<String, Object> model = new HashMap<>();
            model.put("templates", List.of(
                    new org.minsheng.cases.api.ReplyTemplateView(1, null, "感谢反映", "Thanks", "您好！", "Hello", 1, 0),
                    new org.minsheng.cases.api.ReplyTemplateView(120, "zjj", "住建" + SCRIPT, "Housing", "正文", "Text", 9, 2)));
            model.put("editable", java.util.Set.of(120L));
            model.put("failed", "t120");
            model.put("formValues", Map.of("t120", Map.of("name", "typed" + SCRIPT, "body", ""), "new", Map.of()));
            model.put("errors", List.of(new FieldError("body", "模板内容不能为空", "Text is required")));
            model.put("message", null);
            String html = renderer.render("cases/staff-reply-templates", viewer(head, english), model);
            assertThat(html).doesNotContain("??").doesNotContain(SCRIPT).contains("f-t120-name", "template-create",
                    "typed&lt;script&gt;").doesNotContain("f-t1-name");
        }
    }

    @Test
    void siteAdministrationPageRenders() {
        for (boolean english : new boolean[] {false, true}) {
            StaffPrincipal admin = staff("sjzyj", "admin");
            Map<String, Object> model = new HashMap<>();
            FieldError error = new FieldError("username", "用户名应为2至40位小写字母", "Lower-case letters");
            model.put("departments", List.of(zjj));
            model.put("accounts", List.of(staff("zjj", "handler")));
            model.put("subStatuses", List.of(new org.minsheng.cases.api.SubStatusView("ON_SITE_CHECK", "HANDLING",
                    "现场核实中", "Checking on site")));
            model.put("roles", List.of("handler", "dept-admin"));
            model.put("statuses", List.of("HANDLING"));
            model.put("failed", "account");
            model.put("typed", Map.of("username", SCRIPT, "roles", "handler"));
            model.put("errors", List.of(error));
            model.put("fieldErrors", Map.of("username", error));
            model.put("message", null);
            String html = renderer.render("site/staff-site", viewer(admin, english), model);
            assertThat(html).doesNotContain("??").doesNotContain(SCRIPT).contains("f-account-username")
                    .contains("aria-invalid=\"true\"").contains("ON_SITE_CHECK");
        }
    }

    @Test
    void leaderMailboxPageRenders() {
        StaffPrincipal leader = staff("sjzyj", "leader");
        org.minsheng.site.api.LeaderView mayor = new org.minsheng.site.api.LeaderView("shizhang", "周明远", "市长",
                "Mayor", "全面工作");
        for (boolean english : new boolean[] {false, true}) {
            Map<String, Object> model = new HashMap<>();
            model.put("leaders", List.of(mayor));
            model.put("chosen", mayor);
            model.put("letters", List.of());
            assertThat(renderer.render("cases/staff-leader-mailbox", viewer(leader, english), model)).doesNotContain("??")
                    .contains("leader=shizhang");
        }
    }

    @Test
    void problemsRenderAsPagesForBrowsers() {
        org.minsheng.web.platform.Problem problem = new org.minsheng.web.platform.Problem("/problems/validation",
                "请修改", "Fix it", 422, "请修改", "Fix it", "/x", List.of(new FieldError("title", SCRIPT, SCRIPT)));
        for (boolean english : new boolean[] {false, true}) {
            assertThat(renderer.render("platform/problem", viewer(null, english), Map.of("problem", problem)))
                    .doesNotContain("??").doesNotContain(SCRIPT).contains("problem-title").contains("422");
        }
    }
}
