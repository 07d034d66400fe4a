package org.minsheng.open311.domain;

import java.util.Arrays;
import java.util.Optional;
import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** The Open311 services: one per first-level case category, with a stable code. */
public enum ServiceType implements Labelled {
    URBAN_CONSTRUCTION("urban-construction", "城乡建设", "Urban and rural construction"),
    ENVIRONMENT("environment", "环境保护", "Environmental protection"),
    TRANSPORT("transport", "交通运输", "Transport"),
    EDUCATION_CULTURE("education-culture", "教育文体", "Education, culture and sport"),
    LABOUR_SOCIAL_SECURITY("labour-social-security", "劳动和社会保障", "Labour and social security"),
    COMMERCE_TOURISM("commerce-tourism", "商贸旅游", "Commerce and tourism"),
    HEALTH("health", "卫生计生", "Health and family planning");

    private final String code;
    private final Label label;

    ServiceType(String code, String zh, String en) {
        this.code = code;
        this.label = new Label(zh, en);
    }

    public String code() {
        return code;
    }

    /** The case category this service files under (its Chinese label). */
    public String category() {
        return label.zh();
    }

    public static Optional<ServiceType> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static Optional<ServiceType> byCategory(String category) {
        return Arrays.stream(values()).filter(s -> s.category().equals(category)).findFirst();
    }

    @Override
    public Label label() {
        return label;
    }
}
