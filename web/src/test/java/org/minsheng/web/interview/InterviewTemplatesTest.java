package org.minsheng.web.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.interview.api.FollowUpView;
import org.minsheng.interview.api.GuestView;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.api.QuestionView;
import org.minsheng.interview.api.TranscriptView;
import org.minsheng.shared.error.FieldError;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;

/**
 * Renders every interview page from its folder with sample data: the shared parts resolve, every
 * text has a bundle key, and what residents typed is escaped.
 */
class InterviewTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    private final PageRenderer renderer = new PageRenderer();
    private final InterviewView live = interview("LIVE");
    private final PostView question = new PostView("i-1", 3, "QUESTION", "网友" + SCRIPT, null, "路灯不亮" + SCRIPT, null,
            null, "q-1", "网友" + SCRIPT, null, AT);
    private final PostView answer = new PostView("i-1", 4, "ANSWER", "王局长", "局长", "马上修", "/api/interviews/images/x",
            "路灯照片", "q-1", "网友", 3L, AT);
    private final QuestionView pending = new QuestionView("q-2", "i-1", "市民", "公交太挤" + SCRIPT, "公交太挤", "PENDING",
            "待审核", "Pending", true, "敏感词：挤", null, null, null, null, null, null, AT, 2,
            List.of(new QuestionView.EditView(AT, "mod", "公交太济", "公交太挤")));

    private static InterviewView interview(String status) {
        return new InterviewView("i-1", "公交线路优化" + SCRIPT, "介绍", "jtysj", AT, status, "直播中", "Live", AT, null,
                "summary", 4, List.of(new GuestView("王局长", "局长", "Director", null)));
    }

    private static Viewer viewer(boolean english, String... roles) {
        StaffPrincipal staff = roles.length == 0 ? null : new StaffPrincipal("u", "主持人", Set.of(roles), "jtysj");
        return new Viewer(english ? Locale.ENGLISH : Viewer.CHINESE, english, false, "/x", staff, "token");
    }

    private String render(String template, Viewer viewer, Map<String, Object> model) {
        String html = renderer.render(template, viewer, model);
        assertThat(html).as(template).doesNotContain("??").doesNotContain(SCRIPT);
        return html;
    }

    @Test
    void publicPagesRender() {
        for (boolean english : new boolean[] {false, true}) {
            assertThat(render("interview/list", viewer(english), Map.of("interviews", List.of(live))))
                    .contains("/interviews/i-1");

            Map<String, Object> model = new HashMap<>();
            model.put("i", live);
            model.put("posts", List.of(question, answer));
            model.put("viewerCount", 12L);
            model.put("department", "市交通运输局");
            model.put("asked", true);
            model.put("errors", List.of(new FieldError("text", "不能为空", "Required")));
            model.put("nickname", "网友" + SCRIPT);
            model.put("text", "");
            model.put("message", null);
            assertThat(render("interview/live", viewer(english), model)).contains("路灯不亮&lt;script&gt;", "路灯照片");

            TranscriptView transcript = new TranscriptView(interview("FINISHED"), List.of(question, answer),
                    List.of(new FollowUpView("q-3", "市民", "站台太远", "MS20261201-00001", "jtysj",
                            LocalDate.of(2026, 12, 8), null, null)));
            assertThat(render("interview/transcript", viewer(english),
                    Map.of("t", transcript, "department", "市交通运输局"))).contains("MS20261201-00001", "马上修");
        }
    }

    @Test
    void staffPagesRender() {
        for (boolean english : new boolean[] {false, true}) {
            Viewer host = viewer(english, Roles.HOST, Roles.ADMIN);
            render("interview/staff-list", host, Map.of("interviews", List.of(live), "admin", true));

            Map<String, Object> console = new HashMap<>();
            console.put("i", live);
            console.put("posts", List.of(question, answer));
            console.put("toAnswer", List.of(pending));
            console.put("error", "出错了" + SCRIPT);
            console.put("guest", true);
            console.put("host", true);
            assertThat(render("interview/staff-console", host, console)).contains("马上修");

            Map<String, Object> moderate = new HashMap<>();
            moderate.put("i", live);
            moderate.put("pending", List.of(pending));
            moderate.put("approved", List.of());
            moderate.put("done", List.of());
            moderate.put("error", null);
            assertThat(render("interview/staff-moderate", host, moderate)).contains("公交太挤&lt;script&gt;");

            Map<String, Object> announcement = new HashMap<>();
            announcement.put("form", new StaffInterviewPages.Announcement("主题" + SCRIPT, "", "jtysj", "",
                    List.of(new StaffInterviewPages.GuestRow("王局长", "局长", "", "guest1"))));
            announcement.put("departments", List.of(new DepartmentView("jtysj", "市交通运输局", "Transport Bureau", false)));
            announcement.put("guestRows", List.of(1, 2, 3));
            announcement.put("errors", List.of(new FieldError("title", "不能为空", "Required")));
            announcement.put("fieldErrors", Map.of("title", new FieldError("title", "不能为空", "Required")));
            announcement.put("message", null);
            assertThat(render("interview/staff-announcement", host, announcement)).contains("guest1");
        }
    }
}
