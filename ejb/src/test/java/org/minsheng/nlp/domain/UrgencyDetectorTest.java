package org.minsheng.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrgencyDetectorTest {

    private final UrgencyDetector detector = new UrgencyDetector();

    @Test
    void flagsGasLeakWithReasonAndOffsets() {
        String text = "武陵区金霞小区3栋楼道里燃气泄漏，味道很大，请马上处理！";
        UrgencyAssessment result = detector.assess(text);
        assertThat(result.urgent()).isTrue();
        assertThat(result.reasons()).singleElement().satisfies(r -> {
            assertThat(r.hazard()).isEqualTo(UrgencyHazard.GAS_LEAK);
            assertThat(r.phrase()).isEqualTo("燃气泄漏");
            assertThat(text.substring(r.start(), r.end())).isEqualTo("燃气泄漏");
        });
    }

    @Test
    void flagsEachKindOfHazard() {
        assertThat(hazardOf("小区旁边的仓库着火了")).isEqualTo(UrgencyHazard.FIRE);
        assertThat(hazardOf("3栋楼下燃气管道泄漏，味道很大")).isEqualTo(UrgencyHazard.GAS_LEAK);
        assertThat(hazardOf("桥下的路面塌陷了一个大坑")).isEqualTo(UrgencyHazard.COLLAPSE);
        assertThat(hazardOf("路灯杆漏电，小孩差点触电")).isEqualTo(UrgencyHazard.ELECTROCUTION);
        assertThat(hazardOf("一下雨朗州路就内涝")).isEqualTo(UrgencyHazard.FLOODING);
        assertThat(hazardOf("这栋楼是危房还住着人")).isEqualTo(UrgencyHazard.DANGEROUS_BUILDING);
        assertThat(hazardOf("楼上经常高空坠物")).isEqualTo(UrgencyHazard.FALLING_OBJECTS);
        assertThat(hazardOf("人行道上井盖缺失")).isEqualTo(UrgencyHazard.OPEN_MANHOLE);
    }

    @Test
    void ignoresNegatedPreventedAndResolvedHazards() {
        assertThat(detector.assess("幸好没有发生火灾，但物业乱收费").urgent()).isFalse();
        assertThat(detector.assess("建议加强宣传，预防火灾。").urgent()).isFalse();
        assertThat(detector.assess("上周的燃气泄漏已修好，现在想问补偿的事").urgent()).isFalse();
        assertThat(detector.assess("楼道漏电的问题已经处理了，谢谢。").urgent()).isFalse();
    }

    @Test
    void resolutionInAnotherSentenceDoesNotHideANewHazard() {
        UrgencyAssessment result = detector.assess("路灯已修好。但是今天小区配电房冒烟了！");
        assertThat(result.urgent()).isTrue();
        assertThat(result.reasons()).extracting(UrgencyReason::phrase).containsExactly("冒烟");
    }

    @Test
    void ordinaryComplaintIsNotUrgent() {
        assertThat(detector.assess("小区物业费太高，停车位不够，希望相关部门管一管。").urgent()).isFalse();
        assertThat(detector.assess("").urgent()).isFalse();
        assertThat(detector.assess(null).reasons()).isEmpty();
    }

    @Test
    void reportsTheLongestPhraseOnce() {
        UrgencyAssessment result = detector.assess("厨房煤气泄漏了");
        assertThat(result.reasons()).extracting(UrgencyReason::phrase).containsExactly("煤气泄漏");
    }

    private UrgencyHazard hazardOf(String text) {
        UrgencyAssessment result = detector.assess(text);
        assertThat(result.urgent()).as(text).isTrue();
        return result.reasons().get(0).hazard();
    }
}
