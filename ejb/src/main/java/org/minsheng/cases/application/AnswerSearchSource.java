package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.minsheng.cases.domain.BoardFilter;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.search.api.SearchableDocument;
import org.minsheng.search.api.SearchableSource;

/** Every answer on the public board, masked as published, for a rebuild of search. */
@ApplicationScoped
public class AnswerSearchSource implements SearchableSource {

    private static final int BATCH = 200;

    @Inject
    CaseRepository cases;

    @Inject
    PublicAnswers publicAnswers;

    @Override
    public String kind() {
        return SearchableDocument.ANSWER;
    }

    @Override
    public Stream<SearchableDocument> published() {
        List<SearchableDocument> all = new ArrayList<>();
        for (int offset = 0; ; offset += BATCH) {
            List<CaseFile> batch = cases.published(BoardFilter.NONE, offset, BATCH);
            batch.forEach(c -> all.add(publicAnswers.document(c)));
            if (batch.size() < BATCH) {
                return all.stream();
            }
        }
    }
}
