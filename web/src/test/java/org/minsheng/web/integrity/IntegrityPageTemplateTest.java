package org.minsheng.web.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.integrity.api.IntegrityAlertView;
import org.minsheng.integrity.api.IntegrityCheckView;
import org.minsheng.integrity.api.IntegrityOverview;
import org.minsheng.integrity.api.WatchedPageView;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;

class IntegrityPageTemplateTest {

    private final PageRenderer renderer = new PageRenderer();

    @Test
    void theAdministratorSeesAlertsChecksAndWatchedPages() {
        Instant t = Instant.parse("2026-12-01T02:00:00Z");
        String expected = "a".repeat(64);
        String served = "b".repeat(64);
        IntegrityOverview overview = new IntegrityOverview("http://127.0.0.1:8080", 10,
                List.of(new WatchedPageView(1, "ANSWER", "留言答复", "Published answer", "MS20261201-00001",
                        "/board/MS20261201-00001", expected, t, "CHANGED", "内容不一致", "Content differs", t, served)),
                List.of(new IntegrityCheckView(41, t, t, "MANUAL", "admin", 1, 0, 1, 0, 1),
                        new IntegrityCheckView(21, t, t, "SCHEDULE", "system", 1, 1, 0, 0, 0)),
                List.of(new IntegrityAlertView(5, 41, "ANSWER", "留言答复", "Published answer", "MS20261201-00001",
                        "/board/MS20261201-00001", t, "CHANGED", "内容不一致", "Content differs", expected, served,
                        null)));
        for (boolean english : new boolean[] {false, true}) {
            Viewer viewer = new Viewer(english ? Locale.ENGLISH : Viewer.CHINESE, english, false,
                    "/staff/admin/integrity", new StaffPrincipal("admin", "管理员", Set.of("admin"), "sjzyj"), "token");
            Map<String, Object> model = new HashMap<>();
            model.put("overview", overview);
            model.put("message", null);
            model.put("checked", 41L);

            String html = renderer.render("integrity/staff-integrity", viewer, model);

            assertThat(html).doesNotContain("??").contains(expected, served, "href=\"/board/MS20261201-00001\"",
                    "action=\"/staff/admin/integrity/checks\"", "name=\"_csrf\" value=\"token\"", "http://127.0.0.1:8080")
                    .contains(english ? "Manual (admin)" : "手动检查（admin）")
                    .contains(english ? "Content differs" : "内容不一致");
        }
    }
}
