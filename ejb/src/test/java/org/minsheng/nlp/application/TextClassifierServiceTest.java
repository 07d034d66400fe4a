package org.minsheng.nlp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minsheng.nlp.api.Classification;
import org.minsheng.nlp.api.Suggestion;
import org.minsheng.nlp.domain.CategoryDepartmentMapping;
import org.minsheng.nlp.infrastructure.ClassifierResources;

/** The shipped default model (trained on the project's own corpus) on new, clearly worded messages. */
class TextClassifierServiceTest {

    private static TextClassifierService service;

    @BeforeAll
    static void load() {
        service = new TextClassifierService(ClassifierResources.defaultModel(), ClassifierResources.defaultMapping());
    }

    @Test
    void classifiesClearlyWordedNewMessages() {
        Map<String, String> expected = Map.of(
                "我们小区的物业公司乱收停车费，业主大会也没开，请住建局管一管。", "城乡建设",
                "河边的化工厂半夜偷排污水，河里的鱼都死了，臭气熏天。", "环境保护",
                "12路公交车班次太少，早上等了半个小时都没来一辆。", "交通运输",
                "孩子所在的小学周末组织有偿补课，每人收费五百元，请教育局查处。", "教育文体",
                "公司拖欠了我们四个月的工资，老板也不给交社保，怎么维权？", "劳动和社会保障",
                "在超市买到过期的酸奶，商家拒绝退货赔偿。", "商贸旅游",
                "医院的医生收红包，不给就不安排手术，请卫健委调查。", "卫生计生");

        expected.forEach((text, category) -> assertThat(service.classify(text).category()).as(text).isEqualTo(category));
    }

    @Test
    void returnsDepartmentConfidenceAndRankedSuggestions() {
        Classification c = service.classify("小区电梯经常困人，物业不维修，外墙瓷砖还往下掉", 3);

        assertThat(c.category()).isEqualTo("城乡建设");
        assertThat(c.department()).isEqualTo("市住房和城乡建设局");
        assertThat(c.top()).hasSize(3);
        assertThat(c.top().get(0)).isEqualTo(new Suggestion(c.category(), c.department(), c.confidence()));
        assertThat(c.top()).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
        assertThat(c.confidence()).isBetween(0.0, 1.0);
        double all = service.classify("小区电梯经常困人", 7).top().stream().mapToDouble(Suggestion::confidence).sum();
        assertThat(all).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void modelInfoDescribesTheShippedModel() {
        assertThat(service.info().categories()).containsExactlyInAnyOrder(
                "城乡建设", "环境保护", "交通运输", "教育文体", "劳动和社会保障", "商贸旅游", "卫生计生");
        assertThat(service.info().trainingSize()).isEqualTo(ClassifierResources.defaultCorpus().size());
        assertThat(service.info().formatVersion()).isEqualTo(org.minsheng.nlp.domain.ModelHeader.CURRENT_FORMAT);
        assertThat(service.model().header().settings()).containsEntry("training.algorithm", "NB_SVM");
    }

    @Test
    void rejectsBlankTextAndMappingsThatLeaveACategoryWithoutDepartment() {
        assertThatThrownBy(() -> service.classify("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.classify("路灯坏了", 0)).isInstanceOf(IllegalArgumentException.class);
        CategoryDepartmentMapping partial = new CategoryDepartmentMapping(Map.of("城乡建设", "市住房和城乡建设局"), null);
        assertThatThrownBy(() -> new TextClassifierService(ClassifierResources.defaultModel(), partial))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no department");
    }
}
