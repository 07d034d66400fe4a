package org.minsheng.nlp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.nlp.api.DuplicateSuggestion;
import org.minsheng.nlp.api.ModerationDecision;
import org.minsheng.nlp.api.ModerationHit;
import org.minsheng.nlp.api.PlaceMention;
import org.minsheng.nlp.api.TextInsights;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.nlp.api.UrgencyCause;
import org.minsheng.nlp.infrastructure.TextInsightsFactory;

class TextInsightsServiceTest {

    private final TextInsightsFacade facade = TextInsightsFactory.createDefault();

    @Test
    void analysesAnUrgentMessage() {
        TextInsights insights = facade.analyse("武陵区金霞小区燃气泄漏",
                "尊敬的领导：您好！武陵区洞庭大道旁金霞小区5栋一单元楼道里燃气泄漏，气味很重，已经两个小时了。"
                        + "燃气公司电话打不通，请马上派人处理！我的电话13812341234。");
        assertThat(insights.urgency().urgent()).isTrue();
        assertThat(insights.urgency().causes()).extracting(UrgencyCause::hazard).contains("GAS_LEAK");
        assertThat(insights.urgency().causes()).extracting(UrgencyCause::field).contains("title", "body");
        assertThat(insights.places()).extracting(PlaceMention::name).contains("武陵区", "洞庭大道", "金霞小区");
        assertThat(insights.places()).filteredOn(p -> p.name().equals("武陵区")).hasSize(1);
        assertThat(insights.maskedBody()).contains("138****1234").doesNotContain("13812341234");
        assertThat(insights.summary()).hasSizeLessThanOrEqualTo(TextInsights.SUMMARY_MAX_CHARS)
                .doesNotContain("13812341234");
        assertThat(insights.keywords()).isNotEmpty().contains("燃气");
        assertThat(insights.moderation().decision()).isEqualTo(ModerationDecision.PASS);
    }

    @Test
    void holdsAbusiveMessagesAndSaysWhere() {
        TextInsights insights = facade.analyse("物业就是一群狗 官", "再不修电梯我就同归于尽");
        assertThat(insights.moderation().decision()).isEqualTo(ModerationDecision.HOLD_FOR_REVIEW);
        assertThat(insights.moderation().hits()).extracting(ModerationHit::field, ModerationHit::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "狗 官"),
                        org.assertj.core.groups.Tuple.tuple("body", "同归于尽"));
        assertThat(insights.urgency().urgent()).isFalse();
    }

    @Test
    void lexiconCanBeReplacedAtRunTime() {
        facade.replaceSensitiveWords(List.of("刷单"));
        assertThat(facade.sensitiveWords()).containsExactly("刷单");
        assertThat(facade.moderate("招 刷 单").decision()).isEqualTo(ModerationDecision.HOLD_FOR_REVIEW);
        assertThat(facade.moderate("狗官").decision()).isEqualTo(ModerationDecision.PASS);
    }

    @Test
    void suggestsOpenCasesAsDuplicates() {
        String body = "鼎城区金霞小区门口的路灯已经坏了三个月，晚上一片漆黑，老人小孩出门很不安全，"
                + "多次打电话给物业和城管都说不归他们管，希望相关部门尽快修复路灯。";
        facade.indexOpenCase("MS20261130-0001", "鼎城区金霞小区门口路灯坏了三个月", body);
        facade.indexOpenCase("MS20261130-0002", "澧县中学周边交通拥堵", "澧县中学放学时门口交通拥堵，希望安排交警疏导。");
        List<DuplicateSuggestion> found = facade.suggestDuplicates("金霞小区门口路灯坏了",
                "鼎城区金霞小区门口的路灯已经坏了三个月，晚上一片漆黑，老人小孩出门很不安全，希望有关部门尽快修复路灯。");
        assertThat(found).extracting(DuplicateSuggestion::caseId).containsExactly("MS20261130-0001");
        assertThat(facade.suggestDuplicates("鼎城区金霞小区门口路灯坏了三个月", body, "MS20261130-0001")).isEmpty();
        facade.removeCase("MS20261130-0001");
        assertThat(facade.suggestDuplicates("鼎城区金霞小区门口路灯坏了三个月", body)).isEmpty();
    }

    @Test
    void masksForPublishing() {
        assertThat(facade.mask("车主湘J·12345，身份证430702199003071237"))
                .isEqualTo("车主湘J·1***5，身份证430702***********7");
    }

    @Test
    void emptyMessageGivesEmptyInsights() {
        TextInsights insights = facade.analyse(null, "");
        assertThat(insights.keywords()).isEmpty();
        assertThat(insights.summary()).isEmpty();
        assertThat(insights.places()).isEmpty();
        assertThat(insights.urgency().urgent()).isFalse();
        assertThat(insights.moderation().decision()).isEqualTo(ModerationDecision.PASS);
    }
}
