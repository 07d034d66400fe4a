package org.minsheng.web.cases;

import java.util.List;

/** The first-level categories of messages, as the classifier and the dispatchers use them. */
final class Categories {

    static final List<String> FIRST_LEVEL =
            List.of("城乡建设", "环境保护", "交通运输", "教育文体", "劳动和社会保障", "商贸旅游", "卫生计生");

    private Categories() {
    }
}
