package org.minsheng.nlp.domain;

/** What sort of place a mention names, coarse to fine. */
public enum PlaceKind {
    /** 市: the city itself, "常德市" or the pseudonymised "A市". */
    CITY("市"),
    /** 区县: a district, county or special zone, "武陵区", "A3区". */
    DISTRICT("区县"),
    /** 乡镇街道: a town, township, sub-district, community or village. */
    TOWNSHIP("乡镇街道"),
    /** 道路: a road or street, "洞庭大道". */
    ROAD("道路"),
    /** 小区: a housing estate, "金霞小区", "紫菱花园". */
    ESTATE("小区");

    private final String label;

    PlaceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Places finer than the city tell two messages about different spots apart. */
    public boolean isSpecific() {
        return this != CITY;
    }
}
