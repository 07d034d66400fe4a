package org.minsheng.nlp.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HanLpTextToolsTest {

    private static final String BODY = "尊敬的领导：您好！武陵区金霞小区旁边的建筑工地每天晚上施工到凌晨两点，噪音非常大，"
            + "严重影响居民休息。我们多次向城管部门反映施工噪音问题，但夜间施工仍然没有停止。"
            + "小区里有很多老人和小孩，长期睡不好觉。恳请相关部门依法查处夜间违规施工，还居民一个安静的夜晚。谢谢！";

    private final HanLpTextTools tools = new HanLpTextTools();

    @Test
    void keywordsAreTopicalWords() {
        List<String> keywords = tools.keywords(BODY, 5);
        assertThat(keywords).hasSizeLessThanOrEqualTo(5).contains("施工", "噪音");
        assertThat(keywords).doesNotContain("问题", "领导", "您好").allMatch(w -> w.length() >= 2);
    }

    @Test
    void noKeywordsForEmptyText() {
        assertThat(tools.keywords("", 5)).isEmpty();
        assertThat(tools.keywords("施工噪音", 0)).isEmpty();
    }

    @Test
    void summaryIsShortWholeSentencesWithoutGreetings() {
        String summary = tools.summarise(BODY, 60);
        assertThat(summary).isNotBlank().hasSizeLessThanOrEqualTo(60).doesNotContain("您好", "谢谢");
        assertThat(BODY).contains(summary.substring(0, Math.min(10, summary.length())));
    }

    @Test
    void longSingleSentenceIsCutAtAClause() {
        String text = "A市A3区联丰路米兰春天小区门口的道路自从去年开挖铺设管道之后一直没有恢复，坑坑洼洼，"
                + "下雨天积水没过脚背，行人和电动车经过非常危险，附近学校的孩子上下学都要绕行很远的路";
        String summary = tools.summarise(text, 60);
        assertThat(summary).hasSizeLessThanOrEqualTo(60).endsWith("…");
        assertThat(summary).startsWith("A市A3区联丰路");
    }

    @Test
    void shortTextIsItsOwnSummary() {
        assertThat(tools.summarise("路灯不亮。", 60)).isEqualTo("路灯不亮。");
        assertThat(tools.summarise(" ", 60)).isEmpty();
    }
}
