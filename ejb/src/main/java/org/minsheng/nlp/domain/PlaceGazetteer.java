package org.minsheng.nlp.domain;

import java.util.List;

/**
 * The administrative names a deployment knows for certain: its city (full and short names) and
 * its districts, counties and special zones.
 */
public record PlaceGazetteer(List<String> cityNames, List<String> districtNames) {

    public PlaceGazetteer {
        cityNames = List.copyOf(cityNames);
        districtNames = List.copyOf(districtNames);
    }

    /** 常德市, the demo city. */
    public static PlaceGazetteer changde() {
        return new PlaceGazetteer(
                List.of("常德市", "常德"),
                List.of("武陵区", "鼎城区", "安乡县", "汉寿县", "澧县", "临澧县", "桃源县", "石门县", "津市市",
                        "常德经济技术开发区", "常德经开区", "经济技术开发区", "经开区",
                        "柳叶湖旅游度假区", "柳叶湖度假区", "西湖管理区", "西洞庭管理区"));
    }
}
