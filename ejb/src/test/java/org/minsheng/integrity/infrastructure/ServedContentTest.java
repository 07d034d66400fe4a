package org.minsheng.integrity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.integrity.domain.ContentDigest;

/** The served HTML read back to the approved parts, so that their hashes agree. */
class ServedContentTest {

    private static final List<String> APPROVED = List.of("朗州路路灯不亮", "路灯连续一周不亮，<夜间>出行不安全 & 危险。",
            "您好！\n已安排维修，三日内恢复照明。");

    private static final String PAGE = """
            <!DOCTYPE html><html lang="zh-CN"><head><title>答复</title>
            <meta name="minsheng-content-sha256" content="x"></head><body>
            <header><nav>首页 留言板</nav></header>
            <main>
              <h1 data-integrity-part="title">朗州路路灯不亮</h1>
              <p class="muted">受理编号 MS20261201-00001</p>
              <div data-integrity-part="message">路灯连续一周不亮，&lt;夜间&gt;出行不安全 &amp; 危险。</div>
              <div class="reply" data-integrity-part="answer">您好！
                已安排维修，三日内恢复照明。</div>
            </main><footer>版权所有</footer></body></html>
            """;

    @Test
    void readsTheMarkedPartsInPageOrderAsTheyAreShown() {
        assertThat(ServedContent.parts(PAGE)).containsExactly("朗州路路灯不亮",
                "路灯连续一周不亮，<夜间>出行不安全 & 危险。", "您好！ 已安排维修，三日内恢复照明。");
    }

    @Test
    void theServedPageHashesLikeTheApprovedContentWhateverSurroundsIt() {
        String served = ContentDigest.hash(ServedContent.parts(PAGE));
        assertThat(served).isEqualTo(ContentDigest.hash(APPROVED));
        String otherLayout = PAGE.replace("<footer>版权所有</footer>", "<footer>新版页脚</footer>")
                .replace("<p class=\"muted\">", "<p class=\"muted\" style=\"color:red\">");
        assertThat(ContentDigest.hash(ServedContent.parts(otherLayout))).isEqualTo(served);
    }

    @Test
    void aDefacedAnswerOrPageChangesTheHash() {
        String approved = ContentDigest.hash(APPROVED);
        String changedText = PAGE.replace("三日内", "三个月内");
        String injected = PAGE.replace("恢复照明。</div>", "恢复照明。<a href=\"http://spam.example\">加微信</a></div>");
        String unmarked = PAGE.replace("data-integrity-part=\"answer\"", "");
        assertThat(ContentDigest.hash(ServedContent.parts(changedText))).isNotEqualTo(approved);
        assertThat(ContentDigest.hash(ServedContent.parts(injected))).isNotEqualTo(approved);
        assertThat(ContentDigest.hash(ServedContent.parts(unmarked))).isNotEqualTo(approved);
        assertThat(ServedContent.parts("<html><body>篡改</body></html>")).isEmpty();
    }
}
