package org.minsheng.web.poll;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.poll.api.ChallengeView;
import org.minsheng.poll.api.OptionResult;
import org.minsheng.poll.api.PollResults;
import org.minsheng.poll.api.PollSummary;
import org.minsheng.poll.api.PollView;
import org.minsheng.poll.api.QuestionResult;
import org.minsheng.poll.api.QuestionView;
import org.minsheng.poll.api.TextAnswerView;
import org.minsheng.shared.error.FieldError;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;

/** Renders every poll page with sample data: expressions resolve, texts have keys, input is escaped. */
class PollTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    private final PageRenderer renderer = new PageRenderer();
    private final DepartmentView department = new DepartmentView("jtysj", "市交通运输局", "Transport Bureau", false);

    private static PollView poll(boolean answered, ChallengeView challenge) {
        return new PollView("p-1", "jtysj", "公交调查" + SCRIPT, "说明" + SCRIPT, "OPEN", "进行中", "Open", "DEVICE",
                "每台设备一次", "Once per device", "LIVE", "实时公布", "Live", AT, AT.plusSeconds(86400),
                List.of(new QuestionView(1, "SINGLE", "单选", "Single", "线路？" + SCRIPT, true, 1, List.of("10路" + SCRIPT, "17路")),
                        new QuestionView(2, "MULTIPLE", "多选", "Multiple", "改进？", false, 2, List.of("班次", "站点", "车况")),
                        new QuestionView(3, "RATING", "评分", "Rating", "满意度", true, 0, List.of()),
                        new QuestionView(4, "RANKING", "排序", "Ranking", "优先", false, 0, List.of("雨棚", "站牌")),
                        new QuestionView(5, "TEXT", "文字", "Text", "建议", false, 0, List.of())),
                answered, true, challenge);
    }

    private static Viewer viewer(boolean english, String... roles) {
        StaffPrincipal staff = roles.length == 0 ? null : new StaffPrincipal("u", "编辑", Set.of(roles), "jtysj");
        return new Viewer(english ? Locale.ENGLISH : Viewer.CHINESE, english, false, "/x", staff, "token");
    }

    private String render(String template, Viewer viewer, Map<String, Object> model) {
        String html = renderer.render(template, viewer, model);
        assertThat(html).as(template).doesNotContain("??").doesNotContain(SCRIPT);
        return html;
    }

    private static PollResults results() {
        return new PollResults(poll(true, null), 3, List.of(
                new QuestionResult(1, "SINGLE", "单选", "Single", "线路？", 3,
                        List.of(new OptionResult(1, "10路" + SCRIPT, 2, 66.7, null, 0), new OptionResult(2, "17路", 1, 33.3, null, 0)),
                        null, List.of()),
                new QuestionResult(3, "RATING", "评分", "Rating", "满意度", 3,
                        List.of(new OptionResult(1, "1", 0, 0, null, 0), new OptionResult(5, "5", 3, 100, null, 0)), 5.0,
                        List.of()),
                new QuestionResult(4, "RANKING", "排序", "Ranking", "优先", 2,
                        List.of(new OptionResult(1, "雨棚", 2, 100, 1.5, 3)), null, List.of()),
                new QuestionResult(5, "TEXT", "文字", "Text", "建议", 1, List.of(), null, List.of("加雨棚" + SCRIPT))));
    }

    @Test
    void publicPagesRender() {
        for (boolean english : new boolean[] {false, true}) {
            Map<String, Object> list = new HashMap<>();
            list.put("polls", List.of(new PollSummary("p-1", "jtysj", "公交" + SCRIPT, "OPEN", "进行中", "Open", "LIVE",
                    "实时", "Live", AT, AT)));
            list.put("departments", Map.of("jtysj", department));
            assertThat(render("poll/list", viewer(english), list)).contains("/polls/p-1");

            MultivaluedHashMap<String, String> typed = new MultivaluedHashMap<>();
            typed.add("q1", "2");
            typed.add("q4-o1", "1");
            typed.add("q5", "我的建议" + SCRIPT);
            Map<String, Object> form = new HashMap<>();
            form.put("p", poll(false, new ChallengeView("c-1", "12 加 3 等于多少？", "What is 12 plus 3?")));
            form.put("errors", List.of(new FieldError("q3", "第3题为必答题", "Question 3 is required")));
            form.put("message", null);
            form.put("given", new FormValues(typed));
            form.put("department", department);
            String html = render("poll/poll", viewer(english), form);
            assertThat(html).contains("name=\"q4-o2\"", "name=\"challengeAnswer\"", "我的建议&lt;script&gt;", "href=\"#q3\"");
            assertThat(html).containsPattern("value=\"2\"\\s+checked");

            Map<String, Object> shown = new HashMap<>();
            shown.put("thanks", true);
            shown.put("r", results());
            shown.put("p", results().poll());
            shown.put("charts", PollCharts.of(results()));
            shown.put("department", department);
            assertThat(render("poll/results", viewer(english), shown)).contains("data-chart", "<table", "66.7%",
                    "加雨棚&lt;script&gt;");

            Map<String, Object> hidden = new HashMap<>(shown);
            hidden.put("r", null);
            hidden.put("charts", List.of());
            assertThat(render("poll/results", viewer(english), hidden)).contains("poll-hidden").doesNotContain("data-chart");
        }
    }

    @Test
    void staffPagesRender() {
        for (boolean english : new boolean[] {false, true}) {
            Map<String, Object> list = new HashMap<>();
            list.put("polls", List.of(new PollSummary("p-1", "jtysj", "公交" + SCRIPT, "OPEN", "进行中", "Open", "LIVE",
                    "实时", "Live", AT, AT)));
            list.put("departments", List.of(department));
            list.put("errors", List.of(new FieldError("title", "标题不能为空", "Title is required")));
            list.put("message", null);
            list.put("form", new FormValues());
            assertThat(render("poll/staff-polls", viewer(english, "admin"), list)).contains("name=\"questions\"",
                    "name=\"departmentCode\"", "name=\"_csrf\"");

            Map<String, Object> one = new HashMap<>();
            one.put("p", poll(false, null));
            one.put("created", true);
            one.put("r", results());
            one.put("texts", List.of(new TextAnswerView("t-1", 5, "狗" + SCRIPT, "HELD", "待审核", "Held", 0)));
            one.put("q", "");
            one.put("status", "HELD");
            assertThat(render("poll/staff-poll", viewer(english, "editor"), one)).contains("export.xlsx",
                    "/staff/polls/p-1/texts/t-1");
        }
    }

    @Test
    void chartDataIsJsonWithMarkupEscaped() {
        assertThat(PollCharts.string("10路\"<b>\\\n")).isEqualTo("\"10路\\\"\\u003cb\\u003e\\\\\\u000a\"");
        assertThat(PollCharts.of(results()).get(0).json())
                .isEqualTo("{\"labels\":[\"10路\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\",\"17路\"],\"values\":[2,1]}");
    }

    @Test
    void theStaffFormReadsOneQuestionPerLine() {
        var questions = StaffPollForm.questions("单选* 最常乘坐？ | 10路 | 17路\n\n多选2 改进？|班次|站点|车况\n评分* 满意度\n排序 优先|甲|乙\n文字 建议\n胡写");
        assertThat(questions).hasSize(6);
        assertThat(questions.get(0).kind()).isEqualTo("SINGLE");
        assertThat(questions.get(0).required()).isTrue();
        assertThat(questions.get(0).options()).containsExactly("10路", "17路");
        assertThat(questions.get(1).maxChoices()).isEqualTo(2);
        assertThat(questions.get(2).kind()).isEqualTo("RATING");
        assertThat(questions.get(4).kind()).isEqualTo("TEXT");
        assertThat(questions.get(5).kind()).as("an unreadable line is refused by the core").isNull();
    }
}
