package org.minsheng.integrity.infrastructure;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads the published parts out of a served page: the text of every element marked
 * {@code data-integrity-part}, in document order, as a browser would show it (entities decoded,
 * markup dropped). A defaced page that lost the marks yields no parts, so its hash differs too.
 */
public final class ServedContent {

    public static final String PART_ATTRIBUTE = "data-integrity-part";

    private ServedContent() {
    }

    public static List<String> parts(String html) {
        return Jsoup.parse(html == null ? "" : html).select("[" + PART_ATTRIBUTE + "]").stream()
                .map(Element::text).toList();
    }
}
