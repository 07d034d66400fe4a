package org.minsheng.nlp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.minsheng.nlp.domain.DuplicateCandidate;
import org.minsheng.nlp.domain.DuplicateSettings;
import org.minsheng.nlp.domain.PlaceExtractor;
import org.minsheng.nlp.domain.PlaceGazetteer;
import org.minsheng.nlp.infrastructure.HanLpSegmenter;

class DuplicateDetectorTest {

    private static final String NOISE_TITLE = "武陵区金霞小区旁工地夜间施工噪音扰民";
    private static final String NOISE_BODY = "武陵区金霞小区旁边的建筑工地每天晚上施工到凌晨两点，搅拌机和打桩机的噪音非常大，"
            + "严重影响居民休息。我们多次向城管部门反映，但夜间施工仍然没有停止。小区里有很多老人和小孩，"
            + "长期睡不好觉。恳请相关部门依法查处夜间违规施工。";

    private final DuplicateDetector detector = detector(DuplicateSettings.defaults());

    private static DuplicateDetector detector(DuplicateSettings settings) {
        HanLpSegmenter segmenter = HanLpSegmenter.instance();
        return new DuplicateDetector(segmenter, new PlaceExtractor(segmenter, PlaceGazetteer.changde()), settings);
    }

    private void indexSomeCases() {
        detector.add("MS-1", NOISE_TITLE, NOISE_BODY);
        detector.add("MS-2", "鼎城区社保卡补办要多久", "我的社保卡丢了，去鼎城区社保局补办，说要等一个月，请问能不能快一点？");
        detector.add("MS-3", "汉寿县农村公路坑洼严重", "汉寿县某镇到县城的农村公路坑坑洼洼，下雨天车辆无法通行，希望尽快修复。");
    }

    @Test
    void findsAParaphrasedRepost() {
        indexSomeCases();
        // Reordered sentences, a dropped clause and word swaps (每天/天天, 非常/特别, 影响/干扰, 多次/好几次 …).
        String paraphrase = "武陵区金霞小区旁边的建筑工地天天晚上施工到凌晨两点，长期睡不好觉。搅拌机和打桩机的噪音特别大，"
                + "严重干扰住户休息。大家好几次向城管部门投诉，可是夜间施工还是没有停止。恳请有关部门依法查处夜间违规施工。";
        List<DuplicateCandidate> found = detector.find(NOISE_TITLE, paraphrase);
        assertThat(found).extracting(DuplicateCandidate::caseId).containsExactly("MS-1");
        assertThat(found.get(0).score()).isGreaterThanOrEqualTo(detector.settings().threshold()).isLessThan(1.0);
    }

    @Test
    void findsATruncatedRepostAndAnExactOne() {
        indexSomeCases();
        assertThat(detector.find(NOISE_TITLE, NOISE_BODY.substring(0, NOISE_BODY.length() * 6 / 10)))
                .extracting(DuplicateCandidate::caseId).containsExactly("MS-1");
        assertThat(detector.find(NOISE_TITLE, NOISE_BODY)).singleElement()
                .satisfies(c -> assertThat(c.score()).isEqualTo(1.0));
    }

    @Test
    void doesNotSuggestUnrelatedMessages() {
        indexSomeCases();
        assertThat(detector.find("A3区菜市场占道经营", "A3区菜市场门口的摊贩占道经营，早上交通堵塞，城管来了就跑。")).isEmpty();
        assertThat(detector.find("", "")).isEmpty();
    }

    @Test
    void sameComplaintAboutAnotherEstateIsNotADuplicate() {
        indexSomeCases();
        String elsewhere = NOISE_BODY.replace("武陵区金霞小区", "鼎城区紫菱花园");
        assertThat(detector.find(NOISE_TITLE.replace("武陵区金霞小区", "鼎城区紫菱花园"), elsewhere)).isEmpty();
    }

    @Test
    void removedCasesAreNoLongerSuggested() {
        indexSomeCases();
        detector.remove("MS-1");
        detector.remove("unknown");
        assertThat(detector.contains("MS-1")).isFalse();
        assertThat(detector.find(NOISE_TITLE, NOISE_BODY)).isEmpty();
        assertThat(detector.size()).isEqualTo(2);
    }

    @Test
    void ownCaseIsLeftOutAndReplacingKeepsOneEntry() {
        indexSomeCases();
        detector.add("MS-1", NOISE_TITLE, NOISE_BODY + "补充：今晚又施工了。");
        assertThat(detector.size()).isEqualTo(3);
        assertThat(detector.find(NOISE_TITLE, NOISE_BODY, "MS-1")).isEmpty();
    }

    @Test
    void keepsAtMostMaxCasesDroppingTheOldest() {
        DuplicateDetector small = detector(DuplicateSettings.defaults().withMaxCases(2));
        small.add("old", NOISE_TITLE, NOISE_BODY);
        small.add("b", "鼎城区社保卡补办要多久", "我的社保卡丢了，去鼎城区社保局补办，说要等一个月。");
        small.add("c", "汉寿县农村公路坑洼严重", "汉寿县某镇到县城的农村公路坑坑洼洼，下雨天车辆无法通行。");
        assertThat(small.size()).isEqualTo(2);
        assertThat(small.contains("old")).isFalse();
        assertThat(small.find(NOISE_TITLE, NOISE_BODY)).isEmpty();
    }

    @Test
    void concurrentAddsAndLookupsStayConsistent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                futures.add(pool.submit(() -> detector.add("case-" + n, NOISE_TITLE + n, NOISE_BODY + "第" + n + "次反映。")));
                futures.add(pool.submit(() -> detector.find(NOISE_TITLE, NOISE_BODY)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(detector.size()).isEqualTo(40);
        assertThat(detector.find(NOISE_TITLE, NOISE_BODY)).hasSize(detector.settings().maxResults());
    }
}
