package org.minsheng.web.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minsheng.hearing.api.CommentView;
import org.minsheng.hearing.api.FeedbackView;
import org.minsheng.hearing.api.HearingSummary;
import org.minsheng.hearing.api.HearingView;
import org.minsheng.hearing.api.NewComment;
import org.minsheng.hearing.api.SectionView;
import org.minsheng.hearing.api.VersionView;
import org.minsheng.shared.error.FieldError;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;

/** Renders the hearing pages with sample data: expressions resolve, texts have keys, input is escaped. */
class HearingTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    private final PageRenderer renderer = new PageRenderer();
    private final DepartmentView zjj = new DepartmentView("zjj", "市住房和城乡建设局", "Housing Bureau", false);

    private String render(String template, boolean english, Map<String, Object> model) {
        String html = renderer.render(template, new Viewer(english ? Locale.ENGLISH : Viewer.CHINESE, english, false,
                "/x", null, "token"), model);
        assertThat(html).as(template).doesNotContain("??").doesNotContain(SCRIPT);
        return html;
    }

    private static HearingView hearing(String status, FeedbackView feedback) {
        VersionView v = new VersionView(2, "修改" + SCRIPT, AT, List.of(new SectionView("总则" + SCRIPT, "第一条"),
                new SectionView("规划", "第五条")));
        return new HearingView("h-1", "zjj", "绿化办法" + SCRIPT, "目的", "依据", "方式", AT, AT, "急需" + SCRIPT, AT, status,
                "征求意见中", "Open", v, List.of(v), List.of(new CommentView("c-1", 2, 1, "张**", "意见" + SCRIPT, AT,
                "APPROVED", "已公开", "Published", false, null, null, null, 0)), feedback, 3);
    }

    @Test
    void pagesRender() {
        for (boolean english : new boolean[] {false, true}) {
            Map<String, Object> list = new HashMap<>();
            list.put("hearings", List.of(new HearingSummary("h-1", "zjj", "绿化" + SCRIPT, AT, AT, "OPEN", "征求意见中",
                    "Open", 1, 3)));
            list.put("departments", Map.of("zjj", zjj));
            assertThat(render("hearing/list", english, list)).contains("/hearings/h-1");

            Map<String, Object> model = new HashMap<>();
            model.put("h", hearing("OPEN", null));
            model.put("department", zjj);
            model.put("sent", true);
            model.put("errors", List.of(new FieldError("mobile", "请填写手机", "Mobile")));
            model.put("message", null);
            model.put("typed", new NewComment(2, "张三", "139", "意见" + SCRIPT));
            assertThat(render("hearing/hearing", english, model)).contains("name=\"mobile\"", "张**", "?section=2#comment");

            model.put("h", hearing("FEEDBACK_PUBLISHED", new FeedbackView(1, 1, 0, 0, "采纳" + SCRIPT, null, null, AT)));
            assertThat(render("hearing/hearing", english, model)).contains("id=\"feedback\"")
                    .doesNotContain("name=\"mobile\"");
        }
    }
}
