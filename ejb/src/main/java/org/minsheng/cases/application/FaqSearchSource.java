package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.minsheng.cases.domain.FaqEntry;
import org.minsheng.cases.domain.FaqRepository;
import org.minsheng.search.api.SearchableDocument;
import org.minsheng.search.api.SearchableSource;

/**
 * Every FAQ entry, for a rebuild of search. An entry is shown where residents meet it: the
 * consultation form, which lists the entries like the question.
 */
@ApplicationScoped
public class FaqSearchSource implements SearchableSource {

    @Inject
    FaqRepository faq;

    @Override
    public String kind() {
        return SearchableDocument.FAQ;
    }

    @Override
    public Stream<SearchableDocument> published() {
        return faq.latest(Integer.MAX_VALUE).stream().map(FaqSearchSource::document);
    }

    /** An entry as search sees it (question and answer were masked when it was published). */
    static SearchableDocument document(FaqEntry f) {
        String url = "/write/consultation?q=" + URLEncoder.encode(f.question(), StandardCharsets.UTF_8) + "#faq";
        return new SearchableDocument(SearchableDocument.FAQ, String.valueOf(f.id()), SearchableDocument.PORTAL,
                f.departmentCode(), f.question(), f.answer(), url, f.createdAt());
    }
}
