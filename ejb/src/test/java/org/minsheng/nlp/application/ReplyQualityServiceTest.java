package org.minsheng.nlp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.nlp.api.ReplyQualityFacade;
import org.minsheng.nlp.api.ReplyQualityFinding;
import org.minsheng.nlp.api.ReplyQualityReport;
import org.minsheng.nlp.infrastructure.TextInsightsFactory;

class ReplyQualityServiceTest {

    private static final String TITLE = "武陵区洞庭大道噪音扰民";
    private static final String BODY = "武陵区洞庭大道金霞小区旁的工地每天晚上十一点以后还在施工，噪音很大，严重影响休息，请有关部门查处。";

    private final ReplyQualityFacade quality = new ReplyQualityService(TextInsightsFactory.createDefault());

    private static List<String> codes(ReplyQualityReport report) {
        return report.findings().stream().map(ReplyQualityFinding::code).toList();
    }

    @Test
    void aConcreteReplyPasses() {
        ReplyQualityReport report = quality.check(TITLE, BODY, "您好！经市生态环境局武陵分局核实，洞庭大道金霞小区旁工地存在夜间违规施工噪音问题，"
                + "已于12月5日责令施工单位停止22时后的施工，并对其立案处罚。我局将在12月底前组织夜间巡查。", List.of());
        assertThat(report.findings()).isEmpty();
        assertThat(report.score()).isEqualTo(100);
        assertThat(report.grade()).isEqualTo("GOOD");
        assertThat(report.gradeZh()).isEqualTo("良好");
    }

    @Test
    void aTemplateReplyIsPoorAndSaysWhy() {
        ReplyQualityReport report = quality.check(TITLE, BODY,
                "您好！感谢您对我市工作的关心和支持。关于您反映的问题，我单位高度重视，现答复如下：如有疑问，请拨打我单位咨询电话。", List.of());
        assertThat(codes(report)).contains("BOILERPLATE", "KEYWORDS_NOT_COVERED", "PLACES_NOT_MENTIONED", "NO_ACTION",
                "NO_TIME");
        assertThat(report.grade()).isEqualTo("POOR");
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.labelZh()).isNotBlank();
            assertThat(f.labelEn()).isNotBlank();
            assertThat(f.penalty()).isPositive();
        });
    }

    @Test
    void personalDataAndSensitiveWordsInTheReplyAreFound() {
        ReplyQualityReport report = quality.check(TITLE, BODY, "市生态环境局已于12月5日责令洞庭大道工地停止夜间施工。"
                + "举报人电话13812341234，请勿再同归于尽。", List.of());
        assertThat(codes(report)).contains("PERSONAL_DATA", "SENSITIVE_WORDS");
    }
}
