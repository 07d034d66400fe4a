package org.minsheng.web.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minsheng.guide.api.GuideView;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.FieldError;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.web.platform.pages.FormState;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;

/** Renders the guide pages in both languages: every text has a bundle key and what editors typed is escaped. */
class GuideTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private final PageRenderer renderer = new PageRenderer();
    private final GuideView guide = new GuideView(7, "wjw", "市卫生健康委员会", "Health Commission", "生育登记" + SCRIPT,
            "说明" + SCRIPT, "条件", List.of("身份证", "户口簿" + SCRIPT), List.of("申请", "审核"), "即时办结", "免费",
            "政务服务中心", "条例", "问：要登记吗？答：要。", List.of(new GuideView.LifeEventView("BIRTH", "生育", "Having a baby")),
            List.of(new GuideView.FormView("申请表", "/files/form.pdf")), "IN_REVIEW", "审核中", "In review", null, 1, 0,
            "editor", Instant.parse("2026-12-01T02:00:00Z"), Instant.parse("2026-12-01T02:00:00Z"));

    private static Viewer viewer(boolean english, String... roles) {
        StaffPrincipal staff = roles.length == 0 ? null : new StaffPrincipal("u", "编辑", Set.of(roles), "wjw");
        return new Viewer(english ? Locale.ENGLISH : Viewer.CHINESE, english, false, "/x", staff, "token");
    }

    private String render(String template, Viewer viewer, Map<String, Object> model) {
        String html = renderer.render(template, viewer, model);
        assertThat(html).as(template).doesNotContain("??").doesNotContain(SCRIPT);
        return html;
    }

    @Test
    void pagesRender() {
        for (boolean english : new boolean[] {false, true}) {
            Map<String, Object> list = new HashMap<>();
            list.put("guides", List.of(guide));
            list.put("events", List.of(new GuideView.LifeEventView("BIRTH", "生育", "Having a baby")));
            list.put("departments", List.of(new DepartmentView("wjw", "市卫生健康委员会", "Health Commission", false)));
            list.put("department", "");
            list.put("event", "BIRTH");
            assertThat(render("guide/list", viewer(english), list)).contains("/guides/7", "/guides?event=BIRTH");
            assertThat(render("guide/guide", viewer(english), Map.of("g", guide)))
                    .contains("/write/consultation?guide=7", "/files/form.pdf");
            Map<String, Object> desk = new HashMap<>(list);
            desk.put("g", guide);
            desk.put("form", FormState.failed("guide", List.of(new FieldError("title", "事项名称不能为空", "Service is"
                    + " required")), Map.of("title", List.of(SCRIPT))));
            desk.put("message", null);
            assertThat(render("guide/staff-guides", viewer(english, "editor"), desk)).contains("aria-invalid");
            assertThat(render("guide/staff-guide", viewer(english, "approver"), desk)).contains("approve-guide");
        }
    }
}
