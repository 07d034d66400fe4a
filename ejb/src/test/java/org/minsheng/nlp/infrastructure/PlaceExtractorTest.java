package org.minsheng.nlp.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.nlp.domain.Place;
import org.minsheng.nlp.domain.PlaceExtractor;
import org.minsheng.nlp.domain.PlaceGazetteer;
import org.minsheng.nlp.domain.PlaceKind;

class PlaceExtractorTest {

    private final PlaceExtractor extractor = new PlaceExtractor(HanLpSegmenter.instance(), PlaceGazetteer.changde());

    @Test
    void findsDistrictAndBothRoadsOfACrossing() {
        List<Place> places = extractor.extract("武陵区洞庭大道与朗州路交叉口红绿灯坏了");
        assertThat(places).extracting(Place::name, Place::kind).containsExactly(
                tuple("武陵区", PlaceKind.DISTRICT), tuple("洞庭大道", PlaceKind.ROAD), tuple("朗州路", PlaceKind.ROAD));
    }

    @Test
    void findsEstateAfterDistrict() {
        assertThat(extractor.extract("鼎城区金霞小区物业不作为")).extracting(Place::name, Place::kind)
                .containsExactly(tuple("鼎城区", PlaceKind.DISTRICT), tuple("金霞小区", PlaceKind.ESTATE));
    }

    @Test
    void findsCityCountyTownRoadAndEstates() {
        assertThat(extractor.extract("常德市桃源县漳江镇人民路附近的紫菱花园和桃花苑"))
                .extracting(Place::name, Place::kind).containsExactly(
                        tuple("常德市", PlaceKind.CITY), tuple("桃源县", PlaceKind.DISTRICT),
                        tuple("漳江镇", PlaceKind.TOWNSHIP), tuple("人民路", PlaceKind.ROAD),
                        tuple("紫菱花园", PlaceKind.ESTATE), tuple("桃花苑", PlaceKind.ESTATE));
    }

    @Test
    void prefersTheLongerCountyName() {
        assertThat(extractor.extract("临澧县和澧县")).extracting(Place::name).containsExactly("临澧县", "澧县");
    }

    @Test
    void findsPseudonymisedAreas() {
        List<Place> places = extractor.extract("A市A3区联丰路丽发新城小区");
        assertThat(places).extracting(Place::name, Place::kind).containsExactly(
                tuple("A市", PlaceKind.CITY), tuple("A3区", PlaceKind.DISTRICT), tuple("联丰路", PlaceKind.ROAD),
                tuple("丽发新城小区", PlaceKind.ESTATE));
    }

    @Test
    void offsetsPointAtTheNames() {
        String text = "请问柳叶湖旅游度假区青年大道什么时候修好";
        for (Place place : extractor.extract(text)) {
            assertThat(text.substring(place.start(), place.end())).isEqualTo(place.name());
        }
        assertThat(extractor.extract(text)).extracting(Place::name).contains("柳叶湖旅游度假区", "青年大道");
    }

    @Test
    void ignoresCommonNounsWithPlaceSuffixes() {
        assertThat(extractor.extract("我们小区门口的马路和道路坑坑洼洼，这个小区的安置小区也一样，A4纸不够"))
                .isEmpty();
        assertThat(extractor.extract("")).isEmpty();
    }
}
