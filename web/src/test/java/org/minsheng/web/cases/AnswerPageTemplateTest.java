package org.minsheng.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minsheng.cases.api.BoardEntry;
import org.minsheng.cases.api.PublicAnswer;
import org.minsheng.integrity.domain.ContentDigest;
import org.minsheng.integrity.infrastructure.ServedContent;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;

/**
 * The public answer page marks exactly the approved parts: the tamper check reading the rendered
 * page gets the hash the page was approved with, whatever the language or the markup inside.
 */
class AnswerPageTemplateTest {

    private final PageRenderer renderer = new PageRenderer();

    @Test
    void theRenderedPageHashesAsApprovedAndShowsTheHash() {
        String title = "朗州路<路灯>不亮";
        String body = "北段路灯连续一周不亮，\n夜间出行不安全 & 危险。";
        String reply = "您好！\n\n已安排维修，三日内恢复照明。<script>alert(1)</script>";
        String hash = ContentDigest.hash(List.of(title, body, reply));
        BoardEntry entry = new BoardEntry("MS20261201-00001", "LEADER_MAILBOX", "领导信箱", "Leader mailbox", title, body,
                "cgj", Instant.parse("2026-12-01T02:00:00Z"), Instant.parse("2026-12-02T02:00:00Z"), reply, 1);
        for (boolean english : new boolean[] {false, true}) {
            Viewer viewer = new Viewer(english ? Locale.ENGLISH : Viewer.CHINESE, english, false,
                    "/board/MS20261201-00001", null, "token");
            Map<String, Object> model = new HashMap<>();
            model.put("answer", new PublicAnswer(entry, hash));
            model.put("e", entry);
            model.put("department", new DepartmentView("cgj", "市城管局", "Urban Management Bureau", false));

            String html = renderer.render("cases/answer", viewer, model);

            assertThat(html).doesNotContain("??").doesNotContain("<script>alert(1)</script>")
                    .contains("<meta name=\"minsheng-content-sha256\" content=\"" + hash + "\">")
                    .contains("id=\"content-hash\">" + hash + "<");
            assertThat(ContentDigest.hash(ServedContent.parts(html))).isEqualTo(hash);
        }
    }
}
