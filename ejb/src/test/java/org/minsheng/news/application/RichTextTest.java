package org.minsheng.news.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile rich text is neutralised by the allow-list; ordinary formatting survives. */
class RichTextTest {

    @Test
    void scriptsEventHandlersAndJavascriptLinksAreRemoved() {
        String cleaned = RichText.clean("<p onclick=\"steal()\">你好<script>alert(1)</script></p>"
                + "<a href=\"javascript:alert(1)\">点我</a><a href=\"JaVaScRiPt:alert(2)\">再点</a>"
                + "<img src=\"x\" onerror=\"alert(3)\"><svg onload=\"alert(4)\"></svg>"
                + "<iframe src=\"https://evil.example\"></iframe><form action=\"/x\"><input name=\"a\"></form>");
        assertThat(cleaned).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("onload")
                .doesNotContainIgnoringCase("javascript").doesNotContain("iframe").doesNotContain("<form")
                .doesNotContain("<input").doesNotContain("<svg").contains("你好", "点我");
    }

    @Test
    void cssTricksAreRemoved() {
        String cleaned = RichText.clean("<p style=\"display:none\">藏起来</p><style>body{display:none}</style>"
                + "<p class=\"hidden\" id=\"x\">类名</p><div style=\"background:url(javascript:alert(1))\">背景</div>");
        assertThat(cleaned).doesNotContain("style").doesNotContain("display").doesNotContain("class=")
                .doesNotContain("id=").doesNotContain("url(").contains("藏起来", "类名", "背景");
    }

    @Test
    void onlyUploadedImagesAndSafeLinksRemain() {
        String cleaned = RichText.clean("<p><img src=\"/news/images/42\" alt=\"会场\">"
                + "<img src=\"https://tracker.example/p.gif\" alt=\"外链\"><img src=\"data:image/png;base64,AAAA\">"
                + "<a href=\"https://www.changde.gov.cn/\">市政府</a><a href=\"/news\">新闻</a>"
                + "<a href=\"//evil.example/\">协议相对</a></p>");
        assertThat(cleaned).contains("src=\"/news/images/42\"", "alt=\"会场\"", "href=\"/news\"",
                        "href=\"https://www.changde.gov.cn/\"", "rel=\"noopener noreferrer\"", "协议相对")
                .doesNotContain("tracker.example").doesNotContain("data:").doesNotContain("evil.example");
        assertThat(RichText.imageIds(cleaned)).containsExactly(42L);
        assertThat(RichText.imagesWithoutDescription(RichText.clean("<img src=\"/news/images/7\">"))).isEqualTo(1);
    }

    @Test
    void structureSurvivesAndLinesFollowTheBlocks() {
        String cleaned = RichText.clean("<h2>一、总体要求</h2><p>加快<strong>老旧小区</strong>改造。</p>"
                + "<ul><li>加装电梯</li><li>管网更新</li></ul><table><tr><td>2026年</td><td>120个</td></tr></table>");
        assertThat(cleaned).contains("<h2>", "<strong>", "<ul>", "<li>", "<table>");
        assertThat(RichText.lines(cleaned)).containsExactly("一、总体要求", "加快老旧小区改造。", "加装电梯", "管网更新",
                "2026年 120个");
        assertThat(RichText.text(cleaned)).startsWith("一、总体要求 加快老旧小区改造。");
    }

    @Test
    void versionsCompareLineByLine() {
        assertThat(VersionComparison.compare(List.of("标题", "第一段", "第二段"), List.of("标题", "第一段（修订）", "第二段")))
                .extracting(l -> l.kind() + ":" + l.text())
                .containsExactly("SAME:标题", "REMOVED:第一段", "ADDED:第一段（修订）", "SAME:第二段");
    }
}
